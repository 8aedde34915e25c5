import { useCallback, useEffect, useMemo, useRef, type RefObject } from 'react';
import { FIT, fitTransform, sameTransform, type Reserve } from '../../layout/fit';
import { useStoreApi } from '../../state/useStore';
import type { ZoomHandle } from './zoomBehaviour';

export interface ZoomApi {
  zoomBy(factor: number): void;
  panBy(dx: number, dy: number): void;
  fit(w: number, h: number, reserve: Reserve): void;
}

const loadZoomBehaviour = () => import('./zoomBehaviour');

/** What starts loading d3-zoom: any sign that the diagram is about to be moved. */
const FIRST_SIGNS = ['pointerenter', 'pointerdown', 'focusin', 'wheel', 'touchstart'] as const;

/**
 * Pan and zoom of the diagram. Fitting needs no d3: it writes the fitted transform into the store,
 * which the viewport renders. d3-zoom (with d3-selection, d3-drag, d3-dispatch: ~8 KiB gzip) is
 * attached from its own chunk at the first pointer, focus, wheel or touch on the stage, or once
 * the page is idle, whichever comes first; a button or key pressed before it is there acts as
 * soon as it is.
 */
export function useZoom(
  stageRef: RefObject<HTMLElement | null>,
  svgRef: RefObject<SVGSVGElement | null>,
  gRef: RefObject<SVGGElement | null>,
): ZoomApi {
  const store = useStoreApi();
  const handle = useRef<ZoomHandle | null>(null);
  const ensure = useRef<() => Promise<ZoomHandle | null>>(() => Promise.resolve(null));

  useEffect(() => {
    const stage = stageRef.current;
    const svg = svgRef.current;
    const g = gRef.current;
    if (!stage || !svg || !g) return;
    let live = true;
    let loading: Promise<ZoomHandle | null> | null = null;
    const load = () =>
      (loading ??= loadZoomBehaviour().then(
        (m) => {
          if (!live) return null;
          handle.current = m.attachZoom(stage, svg, g, store);
          return handle.current;
        },
        (e: unknown) => {
          store.getState().notify({
            id: 'zoom-load',
            tone: 'error',
            text: `Pan and zoom could not be loaded (${String(e)}); reload the page to try again.`,
          });
          return null;
        },
      ));
    ensure.current = load;
    const start = () => void load();
    for (const type of FIRST_SIGNS) stage.addEventListener(type, start, { once: true, passive: true });
    // A drag that starts before d3-zoom is attached (its chunk still loading) is not lost: its
    // travel is applied as one pan when the pointer is released. d3-zoom never saw its press, so
    // it does not pan it a second time.
    let early: { id: number; x: number; y: number } | null = null;
    const down = (e: PointerEvent) => {
      if (!handle.current && e.isPrimary && e.button === 0) early = { id: e.pointerId, x: e.clientX, y: e.clientY };
    };
    const up = (e: PointerEvent) => {
      if (!early || e.pointerId !== early.id) return;
      const [dx, dy] = [e.clientX - early.x, e.clientY - early.y];
      early = null;
      if (dx !== 0 || dy !== 0) void load().then((h) => h?.panBy(dx, dy));
    };
    stage.addEventListener('pointerdown', down);
    window.addEventListener('pointerup', up);
    const idle = typeof requestIdleCallback === 'function' ? requestIdleCallback(start, { timeout: 3000 }) : null;
    const timer = idle === null ? setTimeout(start, 500) : null;
    return () => {
      live = false;
      for (const type of FIRST_SIGNS) stage.removeEventListener(type, start);
      stage.removeEventListener('pointerdown', down);
      window.removeEventListener('pointerup', up);
      if (idle !== null) cancelIdleCallback(idle);
      if (timer !== null) clearTimeout(timer);
      handle.current?.destroy();
      handle.current = null;
      ensure.current = () => Promise.resolve(null);
    };
  }, [stageRef, svgRef, gRef, store]);

  /** Runs `act` on the attached zoom: now when it is there, else as soon as it has loaded. */
  const withZoom = useCallback((act: (h: ZoomHandle) => void) => {
    if (handle.current) act(handle.current);
    else void ensure.current().then((h) => h && act(h));
  }, []);
  const zoomBy = useCallback((factor: number) => withZoom((h) => h.zoomBy(factor)), [withZoom]);
  const panBy = useCallback((dx: number, dy: number) => withZoom((h) => h.panBy(dx, dy)), [withZoom]);
  const fit = useCallback(
    (w: number, h: number, reserve: Reserve) => {
      const stage = stageRef.current;
      if (!stage) return;
      const r = stage.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) return;
      const t = fitTransform(w, h, r.width, r.height, FIT.pad, reserve);
      if (!sameTransform(store.getState().transform, t)) store.getState().setTransform(t);
    },
    [stageRef, store],
  );
  return useMemo(() => ({ zoomBy, panBy, fit }), [zoomBy, panBy, fit]);
}
