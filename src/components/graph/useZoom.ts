import { useCallback, useEffect, useMemo, useRef, type RefObject } from 'react';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type ZoomBehavior } from 'd3-zoom';
import { fitTransform } from '../../layout/fit';
import { useStoreApi } from '../../state/store';

export interface ZoomApi {
  zoomBy(factor: number): void;
  panBy(dx: number, dy: number): void;
  fit(w: number, h: number): void;
}

const same = (a: { x: number; y: number; k: number }, b: { x: number; y: number; k: number }) =>
  Math.abs(a.x - b.x) < 0.01 && Math.abs(a.y - b.y) < 0.01 && Math.abs(a.k - b.k) < 1e-6;

/**
 * Attaches d3-zoom to the SVG. During a gesture the transform goes straight onto the viewport <g>
 * (no React render per frame); the store gets it once, on gesture end. Programmatic moves are
 * instant (no transitions), which also honours prefers-reduced-motion.
 */
export function useZoom(
  svgRef: RefObject<SVGSVGElement | null>,
  gRef: RefObject<SVGGElement | null>,
): ZoomApi {
  const zoomRef = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const store = useStoreApi();

  useEffect(() => {
    const svg = svgRef.current;
    const g = gRef.current;
    if (!svg || !g) return;
    const z = zoom<SVGSVGElement, unknown>()
      .scaleExtent([0.02, 12])
      .on('zoom', (e: { transform: { toString(): string } }) =>
        g.setAttribute('transform', e.transform.toString()),
      )
      .on('end', (e: { transform: { x: number; y: number; k: number } }) => {
        const { x, y, k } = e.transform;
        if (!same(store.getState().transform, { x, y, k }))
          store.getState().setTransform({ x, y, k });
      });
    const sel = select(svg);
    sel.call(z).on('dblclick.zoom', null);
    const sync = (t: { x: number; y: number; k: number }) => {
      if (!same(zoomTransform(svg), t))
        sel.call(z.transform, zoomIdentity.translate(t.x, t.y).scale(t.k));
    };
    sync(store.getState().transform);
    // The store may be written elsewhere (URL restore): keep d3's own copy in step.
    const unsub = store.subscribe((s) => s.transform, sync);
    zoomRef.current = z;
    return () => {
      unsub();
      sel.on('.zoom', null);
      zoomRef.current = null;
    };
  }, [svgRef, gRef, store]);

  const zoomBy = useCallback(
    (factor: number) => {
      const svg = svgRef.current;
      if (svg && zoomRef.current) select(svg).call(zoomRef.current.scaleBy, factor);
    },
    [svgRef],
  );
  const panBy = useCallback(
    (dx: number, dy: number) => {
      const svg = svgRef.current;
      const z = zoomRef.current;
      if (!svg || !z) return;
      const k = zoomTransform(svg).k;
      select(svg).call(z.translateBy, dx / k, dy / k);
    },
    [svgRef],
  );
  const fit = useCallback(
    (w: number, h: number) => {
      const svg = svgRef.current;
      const z = zoomRef.current;
      if (!svg || !z) return;
      const r = svg.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) return;
      const t = fitTransform(w, h, r.width, r.height);
      select(svg).call(z.transform, zoomIdentity.translate(t.x, t.y).scale(t.k));
    },
    [svgRef],
  );
  return useMemo(() => ({ zoomBy, panBy, fit }), [zoomBy, panBy, fit]);
}
