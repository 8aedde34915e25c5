import { startTransition, useEffect, useState, type RefObject } from 'react';
import type { Size } from '../../layout/layout';

/**
 * The element's content size, rounded to 8 px so small jitters do not re-render the diagram;
 * null until it has been measured once (the first render, and the prerendered page, know none).
 * A new size is a transition: the re-layout it causes renders in slices that yield to input.
 *
 * `pin`, when given, is kept at the box's exact content size in px by the same observer, outside
 * React (no render). It is absolutely positioned in the box, so its size no longer follows the
 * trial layouts a flex or grid item goes through when a sibling changes: only a real resize of the
 * box lays out what is inside.
 */
export function useElementSize(
  ref: RefObject<HTMLElement | null>,
  pin?: RefObject<HTMLElement | null>,
): Size | null {
  const [size, setSize] = useState<Size | null>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = (entries?: readonly ResizeObserverEntry[]) => {
      const content = entries?.[0]?.contentRect;
      const inner = pin?.current;
      if (content && inner) {
        inner.style.width = `${content.width}px`;
        inner.style.height = `${content.height}px`;
      }
      const r = el.getBoundingClientRect();
      const width = Math.round(r.width / 8) * 8;
      const height = Math.round(r.height / 8) * 8;
      startTransition(() =>
        setSize((s) => (s !== null && s.width === width && s.height === height ? s : { width, height })),
      );
    };
    update();
    const ro = new ResizeObserver(update);
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref, pin]);
  return size;
}
