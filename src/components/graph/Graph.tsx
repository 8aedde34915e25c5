import {
  lazy,
  Suspense,
  useCallback,
  useLayoutEffect,
  useMemo,
  useRef,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { detailLevel } from '../../layout/detail';
import { FIT, reserveFor } from '../../layout/fit';
import { chooseMode, computeLayout, type Size } from '../../layout/layout';
import { routeOf } from '../../model/route';
import { buildTopology } from '../../model/topology';
import { PATH_IDS, type PathId } from '../../model/types';
import {
  selectKonnectivityEnabled,
  selectPoolSizes,
  selectPodsPerNode,
  selectUntrusted,
} from '../../state/selectors';
import { useStore } from '../../state/useStore';
import { BandLabels, ClusterComponents, ContextLinks, Zones } from './ClusterParts';
import { Defs } from './Defs';
import { useDiagramRef } from './diagramRef';
import { SelectedRing } from './SelectedRing';
import { roveInPool } from './keyboard';
import { PathEl } from './PathEl';
import { PoolCardBack, PoolCardFront } from './PoolCard';
import { useElementSize } from './useElementSize';
import { useZoom } from './useZoom';
import { useExposureCode } from '../attacker/useExposureCode';
import { useFromPrerender } from '../useHydrated';
import { Viewport } from './Viewport';
import './graph.css';

// The hover layer loads with the first hover or focus: nothing needs it for the first paint.
const Highlight = lazy(() => import('./Highlight').then((m) => ({ default: m.Highlight })));

function itemOf(e: { target: EventTarget }): HTMLElement | null {
  return e.target instanceof Element
    ? (e.target.closest('[data-key]') as HTMLElement | null)
    : null;
}

/**
 * The box the build draws the prerendered diagram for (src/prerender.tsx): a phone's, portrait,
 * whose drawing (stacked, at its narrowest) is the one every portrait phone gets. The static SVG
 * scales it to whatever box it is shown in (viewBox); wider screens then spread it out.
 */
export const PRERENDER_BOX: Size = { width: 416, height: 664 };
const NO_BOX: Size = { width: 0, height: 0 };

/**
 * The diagram: D3 computes geometry and zoom, React renders every SVG element. One card per pool
 * and one line per path kind and pool, so the DOM grows with pools, never with nodes.
 */
export function Graph() {
  const pods = useStore(selectPodsPerNode);
  const untrusted = useStore(selectUntrusted);
  const konnectivity = useStore(selectKonnectivityEnabled);
  // The egress route (direct, Konnectivity, SSH) is cluster-wide: it decides which lanes exist.
  const route = useStore((s) => routeOf('apiserver-kubelet', s.config));
  const presenter = useStore((s) => s.presenter);
  const boxRef = useRef<HTMLDivElement>(null);
  const stageRef = useRef<HTMLDivElement>(null);
  const svgRef = useDiagramRef();
  const gRef = useRef<SVGGElement>(null);
  const box = useElementSize(boxRef, stageRef);
  // Until the box is measured, a prerendered diagram keeps the drawing it was prerendered with.
  const prerendered = useFromPrerender() && box === null;
  const size = box ?? (prerendered ? PRERENDER_BOX : NO_BOX);
  useExposureCode();

  const pools = useStore(selectPoolSizes);
  const topology = useMemo(() => buildTopology(pools, pods), [pools, pods]);
  const hasSize = size.width > 0 && size.height > 0;
  // Presenter view: the legend sits inside the diagram's box (the drawing keeps clear of it) and
  // the zoom buttons move to the top right, over the margin a stacked drawing leaves.
  const reserve = useMemo(() => (presenter ? { right: 0, bottom: 72 } : undefined), [presenter]);
  // Re-layout only when the mode or the drawing's width changes, not on every resize pixel.
  const { plan, width } = chooseMode(topology, size, route, reserve);
  const layout = useMemo(
    () => computeLayout(topology, size, route, reserve),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [topology, route, reserve, plan.mode, width],
  );
  // Secondary labels only where they render at a readable size: 14 px on a projector, 10 on a phone.
  const minPx = presenter ? 14 : layout.mode === 'narrow' ? 10 : 11;
  const detail = useStore((s) => detailLevel(s.transform.k, layout.fonts, minPx));
  const zoom = useZoom(stageRef, svgRef, gRef);
  const fit = useCallback(
    () => zoom.fit(layout.width, layout.height, reserve ?? reserveFor(layout.mode === 'narrow')),
    [zoom, layout, reserve],
  );
  // Fit on every new layout and every new box size: the drawing is made for the box it is in.
  // Before paint, so a new layout is never painted at the old transform. The prerendered drawing
  // is fitted by its viewBox instead (the transform stays the identity until the box is measured).
  useLayoutEffect(() => {
    if (hasSize && !prerendered) fit();
  }, [fit, hasSize, prerendered, size.width, size.height]);
  const r = reserve ?? reserveFor(layout.mode === 'narrow');
  const viewBox = prerendered
    ? `${-FIT.pad} ${-FIT.pad} ${layout.width + 2 * FIT.pad + r.right} ${layout.height + 2 * FIT.pad + r.bottom}`
    : undefined;

  const select = useStore((s) => s.select);
  const hover = useStore((s) => s.hover);
  const hovered = useStore((s) => s.hovered !== null);
  const activate = useCallback(
    (el: HTMLElement) => {
      const key = el.dataset['key'];
      const path = el.dataset['path'] as PathId | undefined;
      const comp = el.dataset['component'];
      if (key && path && (PATH_IDS as readonly string[]).includes(path))
        select({ kind: 'path', id: path, key });
      else if (comp) select({ kind: 'component', id: comp });
    },
    [select],
  );
  const onClick = useCallback(
    (e: MouseEvent) => {
      const el = itemOf(e);
      if (el) activate(el);
    },
    [activate],
  );
  const onKeyDown = useCallback(
    (e: KeyboardEvent<SVGSVGElement>) => {
      const svg = svgRef.current;
      if (!svg) return;
      if (e.target === svg) {
        const pan: Record<string, [number, number]> = {
          ArrowLeft: [80, 0],
          ArrowRight: [-80, 0],
          ArrowUp: [0, 80],
          ArrowDown: [0, -80],
        };
        const step = pan[e.key];
        if (e.key === '+' || e.key === '=') zoom.zoomBy(1.25);
        else if (e.key === '-' || e.key === '_') zoom.zoomBy(0.8);
        else if (e.key === '0') fit();
        else if (step) zoom.panBy(step[0], step[1]);
        else return;
        e.preventDefault();
        return;
      }
      const el = itemOf(e);
      if (!el) return;
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        activate(el);
      } else if (roveInPool(svg, el, e.key)) e.preventDefault();
    },
    [activate, fit, svgRef, zoom],
  );
  const lastHover = useRef<string | null>(null);
  const setHover = useCallback(
    (key: string | null) => {
      if (lastHover.current !== key) hover((lastHover.current = key));
    },
    [hover],
  );

  // Glyphs where there is room for them between neighbouring lines.
  const glyphs = detail !== 'low' && layout.glyph >= 9;
  return (
    <section
      aria-label="Diagram"
      className="graph"
      data-testid="graph"
      data-mode={layout.mode}
      ref={boxRef}
    >
      <div className="kp-stage" ref={stageRef}>
        <svg
          ref={svgRef}
          className="kp-svg"
          viewBox={viewBox}
          data-prerendered={prerendered || undefined}
          data-detail={detail}
          data-mode={layout.mode}
          data-konnectivity={konnectivity ? 'on' : 'off'}
          tabIndex={0}
          role="group"
          aria-roledescription="diagram"
          aria-label="Paths between the control plane and the node pools. Focus here: + and − zoom, 0 fits, arrow keys pan. Tab to reach components and pools; inside a pool card, arrow keys step through its parts and paths."
          onClick={onClick}
          onKeyDown={onKeyDown}
          onPointerOver={(e) => setHover(itemOf(e)?.dataset['key'] ?? null)}
          onPointerLeave={() => setHover(null)}
          onFocus={(e) => setHover(itemOf(e)?.dataset['key'] ?? null)}
          onBlur={() => setHover(null)}
        >
          <Defs />
          <Viewport gRef={gRef}>
            <Zones layout={layout} untrusted={untrusted} detail={detail} />
            <ContextLinks layout={layout} />
            {hasSize && (
              <>
                <g className="kp-cards">
                  {layout.cards.map((c) => (
                    <PoolCardBack key={c.name} card={c} />
                  ))}
                </g>
                <g className="kp-paths">
                  {topology.paths.map((p) => (
                    <PathEl key={p.key} p={p} layout={layout} detail={detail} glyphs={glyphs} />
                  ))}
                </g>
                <BandLabels layout={layout} untrusted={untrusted} detail={detail} />
                <ClusterComponents layout={layout} detail={detail} />
                <g className="kp-cards-front">
                  {layout.cards.map((c) => (
                    <PoolCardFront
                      key={c.name}
                      card={c}
                      layout={layout}
                      detail={detail}
                      pods={pods}
                    />
                  ))}
                </g>
                <SelectedRing layout={layout} />
                {hovered && (
                  <Suspense fallback={null}>
                    <Highlight layout={layout} paths={topology.paths} />
                  </Suspense>
                )}
              </>
            )}
          </Viewport>
        </svg>
      </div>
      <div className="kp-zoom" role="toolbar" aria-label="Zoom">
        <button
          type="button"
          onClick={() => zoom.zoomBy(1.25)}
          aria-label="Zoom in"
          title="Zoom in (+)"
        >
          +
        </button>
        <button
          type="button"
          onClick={() => zoom.zoomBy(0.8)}
          aria-label="Zoom out"
          title="Zoom out (−)"
        >
          −
        </button>
        <button type="button" onClick={fit} aria-label="Fit to view" title="Fit to view (0)">
          Fit
        </button>
      </div>
    </section>
  );
}
