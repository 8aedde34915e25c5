import { useCallback, useEffect, useMemo, useRef, type RefObject } from 'react';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type ZoomBehavior } from 'd3-zoom';
import { FIT, fitTransform, type Reserve } from '../../layout/fit';
import { useStoreApi } from '../../state/useStore';

export interface ZoomApi {
  zoomBy(factor: number): void;
  panBy(dx: number, dy: number): void;
  fit(w: number, h: number, reserve: Reserve): void;
}

interface T {
  readonly x: number;
  readonly y: number;
  readonly k: number;
}

const same = (a: T, b: T) =>
  Math.abs(a.x - b.x) < 0.01 && Math.abs(a.y - b.y) < 0.01 && Math.abs(a.k - b.k) < 1e-6;

/** The CSS transform that takes the SVG drawn at `from` to where it would be drawn at `to`. */
export function gestureCss(from: T, to: T): string {
  const s = to.k / from.k;
  return `translate(${to.x - s * from.x}px,${to.y - s * from.y}px) scale(${s})`;
}

/**
 * Attaches d3-zoom to the stage (an untransformed box around the SVG, so pointer maths never sees
 * the gesture's own transform). During a gesture only a CSS transform on the <svg> changes: the
 * compositor moves the already painted layer, nothing is re-rendered or repainted per frame. On
 * gesture end the SVG transform is committed once (one repaint) and the store gets it.
 * Programmatic moves are instant (no transitions), which also honours prefers-reduced-motion.
 */
export function useZoom(
  stageRef: RefObject<HTMLElement | null>,
  svgRef: RefObject<SVGSVGElement | null>,
  gRef: RefObject<SVGGElement | null>,
): ZoomApi {
  const zoomRef = useRef<ZoomBehavior<HTMLElement, unknown> | null>(null);
  const store = useStoreApi();

  useEffect(() => {
    const stage = stageRef.current;
    const svg = svgRef.current;
    const g = gRef.current;
    if (!stage || !svg || !g) return;
    // The transform the SVG content is painted with; a gesture moves the layer relative to it.
    let drawn: T = store.getState().transform;
    const commit = (t: T) => {
      svg.style.transform = '';
      if (!same(drawn, t)) g.setAttribute('transform', `translate(${t.x},${t.y}) scale(${t.k})`);
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
        if (!same(store.getState().transform, { x, y, k }))
          store.getState().setTransform({ x, y, k });
      });
    const sel = select(stage);
    sel.call(z).on('dblclick.zoom', null);
    const sync = (t: T) => {
      if (!same(zoomTransform(stage), t))
        sel.call(z.transform, zoomIdentity.translate(t.x, t.y).scale(t.k));
      drawn = t;
    };
    sync(store.getState().transform);
    // The store may be written elsewhere (URL restore): keep d3's own copy in step.
    const unsub = store.subscribe((s) => s.transform, sync);
    zoomRef.current = z;
    return () => {
      unsub();
      sel.on('.zoom', null);
      svg.style.transform = '';
      zoomRef.current = null;
    };
  }, [stageRef, svgRef, gRef, store]);

  const zoomBy = useCallback(
    (factor: number) => {
      const stage = stageRef.current;
      if (stage && zoomRef.current) select(stage).call(zoomRef.current.scaleBy, factor);
    },
    [stageRef],
  );
  const panBy = useCallback(
    (dx: number, dy: number) => {
      const stage = stageRef.current;
      const z = zoomRef.current;
      if (!stage || !z) return;
      const k = zoomTransform(stage).k;
      select(stage).call(z.translateBy, dx / k, dy / k);
    },
    [stageRef],
  );
  const fit = useCallback(
    (w: number, h: number, reserve: Reserve) => {
      const stage = stageRef.current;
      const z = zoomRef.current;
      if (!stage || !z) return;
      const r = stage.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) return;
      const t = fitTransform(w, h, r.width, r.height, FIT.pad, reserve);
      select(stage).call(z.transform, zoomIdentity.translate(t.x, t.y).scale(t.k));
    },
    [stageRef],
  );
  return useMemo(() => ({ zoomBy, panBy, fit }), [zoomBy, panBy, fit]);
}
