import { select } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform } from 'd3-zoom';
import { sameTransform, type Transform as T } from '../../layout/fit';
import type { AppStore } from '../../state/store';

/** The CSS transform that takes the SVG drawn at `from` to where it would be drawn at `to`. */
export function gestureCss(from: T, to: T): string {
  const s = to.k / from.k;
  return `translate(${to.x - s * from.x}px,${to.y - s * from.y}px) scale(${s})`;
}

/** The gestures and buttons of an attached d3-zoom, and how to take it off again. */
export interface ZoomHandle {
  zoomBy(factor: number): void;
  panBy(dx: number, dy: number): void;
  destroy(): void;
}

/**
 * Attaches d3-zoom to the stage (an untransformed box around the SVG, so pointer maths never sees
 * the gesture's own transform). During a gesture only a CSS transform on the <svg> changes: the
 * compositor moves the already painted layer, nothing is re-rendered or repainted per frame. On
 * gesture end the SVG transform is committed once (one repaint) and the store gets it. Moves are
 * instant (no transitions), which also honours prefers-reduced-motion. It is its own chunk:
 * useZoom loads it at the first sign of interaction or once the page is idle, never with the
 * first paint, which needs only the store's transform.
 */
export function attachZoom(stage: HTMLElement, svg: SVGSVGElement, g: SVGGElement, store: AppStore): ZoomHandle {
  // The transform the SVG content is painted with; a gesture moves the layer relative to it.
  let drawn: T = store.getState().transform;
  const commit = (t: T) => {
    svg.style.transform = '';
    if (!sameTransform(drawn, t)) g.setAttribute('transform', `translate(${t.x},${t.y}) scale(${t.k})`);
    drawn = t;
  };
  const z = zoom<HTMLElement, unknown>()
    .scaleExtent([0.02, 12])
    .on('zoom', (e: { transform: T }) => {
      svg.style.transform = gestureCss(drawn, e.transform);
    })
    .on('end', (e: { transform: T }) => {
      const { x, y, k } = e.transform;
      commit({ x, y, k });
      if (!sameTransform(store.getState().transform, { x, y, k })) store.getState().setTransform({ x, y, k });
    });
  const sel = select(stage);
  sel.call(z).on('dblclick.zoom', null);
  const sync = (t: T) => {
    if (!sameTransform(zoomTransform(stage), t)) sel.call(z.transform, zoomIdentity.translate(t.x, t.y).scale(t.k));
    drawn = t;
  };
  sync(store.getState().transform);
  // The store is also written elsewhere (fit, URL restore): keep d3's own copy in step.
  const unsub = store.subscribe((s) => s.transform, sync);
  return {
    zoomBy: (factor) => sel.call(z.scaleBy, factor),
    panBy: (dx, dy) => {
      const k = zoomTransform(stage).k;
      sel.call(z.translateBy, dx / k, dy / k);
    },
    destroy: () => {
      unsub();
      sel.on('.zoom', null);
      svg.style.transform = '';
    },
  };
}
