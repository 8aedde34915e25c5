import { startTransition, useEffect, useState } from 'react';

/**
 * How many of `total` items to mount now: `step` more per frame, as a transition (input stays
 * responsive), so a 1,000-node diagram is mounted in slices instead of one long task. Items
 * already shown stay shown when `total` changes.
 */
export function useProgressive(total: number, step: number): number {
  const [state, setState] = useState({ total, shown: Math.min(total, step) });
  let shown = state.shown;
  if (state.total !== total) {
    shown = Math.min(total, Math.max(state.shown, step));
    setState({ total, shown });
  }
  useEffect(() => {
    if (shown >= total) return;
    let timer = 0;
    // After the next frame is painted, so every slice gets on screen before the next one starts.
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() =>
        startTransition(() => setState((s) => ({ total: s.total, shown: Math.min(s.total, s.shown + step) }))),
      );
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [shown, total, step]);
  return shown;
}
