import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { detailLevel } from '../../layout/detail';
import { columnsFor, computeLayout } from '../../layout/layout';
import { buildTopology, SERVICES } from '../../model/topology';
import { PATH_IDS, type PathId } from '../../model/types';
import {
  selectKonnectivityEnabled,
  selectNodes,
  selectPoolSizes,
  selectPodsPerNode,
  selectUntrusted,
} from '../../state/selectors';
import { useStore } from '../../state/useStore';
import { BandLabel, ClusterComponents, ContextLinks, Zones } from './ClusterParts';
import { Defs } from './Defs';
import { useDiagramRef } from './diagramRef';
import { Highlight, SelectedRing } from './Highlight';
import { roveInNode } from './keyboard';
import { NodeCard } from './NodeCard';
import { PathEl } from './PathEl';
import { useElementSize } from './useElementSize';
import { useProgressive } from './useProgressive';
import { useZoom } from './useZoom';
import { useExposureCode } from '../attacker/useExposureCode';
import { Viewport } from './Viewport';
import './graph.css';

/** Node cards (with their paths) mounted per frame: about 1,000 elements, no long task. */
const NODES_PER_FRAME = 80;
/** Per-instance glyphs only while the diagram is small enough for them to be read. */
const GLYPH_NODES = 24;
const SERVICE_LABELS: Readonly<Record<string, string>> = Object.fromEntries(SERVICES.map((s) => [s.id, s.label]));

function itemOf(e: { target: EventTarget }): HTMLElement | null {
  return e.target instanceof Element ? (e.target.closest('[data-key]') as HTMLElement | null) : null;
}

/** The diagram: D3 computes geometry and zoom, React renders every SVG element. */
export function Graph() {
  const nodes = useStore(selectNodes);
  const pods = useStore(selectPodsPerNode);
  const untrusted = useStore(selectUntrusted);
  const konnectivity = useStore(selectKonnectivityEnabled);
  const boxRef = useRef<HTMLDivElement>(null);
  const stageRef = useRef<HTMLDivElement>(null);
  const svgRef = useDiagramRef();
  const gRef = useRef<SVGGElement>(null);
  const size = useElementSize(boxRef);
  useExposureCode();

  const pools = useStore(selectPoolSizes);
  const topology = useMemo(() => buildTopology(pools, pods), [pools, pods]);
  const columns = columnsFor(nodes, size);
  // Re-layout only when the column count changes, not on every resize pixel or toggle.
  const layout = useMemo(
    () => computeLayout(topology, size),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [topology, columns],
  );
  const byKey = useMemo(() => new Map(topology.paths.map((p) => [p.key, p])), [topology]);
  const detail = useStore((s) => detailLevel(s.transform.k, layout.scale));
  const zoom = useZoom(stageRef, svgRef, gRef);
  const fit = useCallback(() => zoom.fit(layout.width, layout.height), [zoom, layout]);
  const hasSize = size.width > 0 && size.height > 0;
  // Draw the (possibly thousands of) paths first at the fitted zoom: rendering before the first
  // measurement or before the first fit would render every path twice (new columns, new detail
  // level). After that the paths stay mounted: a later layout (another node count) re-fits and
  // updates them in place; unmounting them for that one render would remount every path.
  const [fittedOnce, setFittedOnce] = useState(false);
  useEffect(() => {
    if (!hasSize) return;
    fit();
    // The fit goes to d3-zoom and the store first; this render then draws the paths once.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setFittedOnce(true);
  }, [fit, hasSize, layout]);
  const ready = fittedOnce;
  const shown = useProgressive(ready ? nodes : 0, NODES_PER_FRAME);

  const select = useStore((s) => s.select);
  const hover = useStore((s) => s.hover);
  const activate = useCallback(
    (el: HTMLElement) => {
      const key = el.dataset['key'];
      const path = el.dataset['path'] as PathId | undefined;
      const comp = el.dataset['component'];
      if (key && path && (PATH_IDS as readonly string[]).includes(path)) select({ kind: 'path', id: path, key });
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
      } else if (roveInNode(svg, el, e.key)) e.preventDefault();
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

  const glyphs = detail === 'high' && nodes <= GLYPH_NODES;
  return (
    <section aria-label="Diagram" className="graph" data-testid="graph" ref={boxRef}>
      <div className="kp-stage" ref={stageRef}>
        <svg
          ref={svgRef}
          className="kp-svg"
          data-detail={detail}
          data-konnectivity={konnectivity ? 'on' : 'off'}
          tabIndex={0}
          role="group"
          aria-roledescription="diagram"
          aria-label="Paths between the control plane and the nodes. Focus here: + and − zoom, 0 fits, arrow keys pan. Tab to reach components and paths; inside a node card, arrow keys step through its parts."
          onClick={onClick}
          onKeyDown={onKeyDown}
          onPointerOver={(e) => setHover(itemOf(e)?.dataset['key'] ?? null)}
          onPointerLeave={() => setHover(null)}
          onFocus={(e) => setHover(itemOf(e)?.dataset['key'] ?? null)}
          onBlur={() => setHover(null)}
        >
          <Defs />
          <Viewport gRef={gRef}>
            <Zones layout={layout} untrusted={untrusted} />
            <ContextLinks layout={layout} />
            <g className="kp-paths">
              {ready && topology.paths.map((p) => (p.node ?? 0) >= shown ? null : (
                <PathEl
                  key={p.key}
                  p={p}
                  layout={layout}
                  detail={detail}
                  glyphs={glyphs || p.node === undefined}
                  {...(p.node === undefined && SERVICE_LABELS[p.to] ? { target: SERVICE_LABELS[p.to] } : {})}
                />
              ))}
            </g>
            <BandLabel layout={layout} untrusted={untrusted} />
            <ClusterComponents layout={layout} />
            <g className="kp-cards">
              {ready && layout.cards.map((c) => c.index >= shown ? null : (
                <NodeCard
                  key={c.name}
                  card={c}
                  scale={layout.scale}
                  detail={detail}
                  pods={pods}
                  collapsed={layout.collapsedPods}
                />
              ))}
            </g>
            <SelectedRing layout={layout} />
            <Highlight layout={layout} byKey={byKey} />
          </Viewport>
        </svg>
      </div>
      <div className="kp-zoom" role="toolbar" aria-label="Zoom">
        <button type="button" onClick={() => zoom.zoomBy(1.25)} aria-label="Zoom in" title="Zoom in (+)">
          +
        </button>
        <button type="button" onClick={() => zoom.zoomBy(0.8)} aria-label="Zoom out" title="Zoom out (−)">
          −
        </button>
        <button type="button" onClick={fit} aria-label="Fit to view" title="Fit to view (0)">
          Fit
        </button>
      </div>
    </section>
  );
}
