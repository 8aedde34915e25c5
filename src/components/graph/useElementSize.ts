import { startTransition, useEffect, useLayoutEffect, useState, type RefObject } from 'react';
import type { Size } from '../../layout/layout';

/**
 * The element's content size, rounded to 8 px so small jitters do not re-render the diagram;
 * null until it has been measured once (the first render, and the prerendered page, know none).
 * A new size is a transition: the re-layout it causes renders in slices that yield to input.
 */
export function useElementSize(ref: RefObject<HTMLElement | null>): Size | null {
  const [size, setSize] = useState<Size | null>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () => {
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
  }, [ref]);
  return size;
}

/**
 * Pins `inner` to `box`'s exact content size in px, outside React (no render). `inner` is
 * absolutely positioned in `box`, so its size no longer follows the trial layouts a flex or grid
 * item goes through when a sibling changes: only a real resize of the box lays out what is inside.
 */
export function usePinnedSize(box: RefObject<HTMLElement | null>, inner: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const el = box.current;
    const target = inner.current;
    if (!el || !target) return;
    const ro = new ResizeObserver(([entry]) => {
      if (!entry) return;
      target.style.width = `${entry.contentRect.width}px`;
      target.style.height = `${entry.contentRect.height}px`;
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [box, inner]);
}
