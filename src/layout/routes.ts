import { PATH_SPECS } from '../model/paths';
import type { PathInstance } from '../model/topology';
import {
  pathString,
  reverseRoute,
  type Box,
  type Point,
  type Polyroute,
  type Segment,
} from './geometry';
import type { Layout } from './layout';
import { laneSpacing } from './poolCards';

/** Drawn geometry of one path instance: the SVG path string and where its state glyph sits. */
export interface RouteGeometry {
  readonly d: string;
  readonly glyph: Point;
}

/** The last leg in a pool card: into its part from the gutter on the left, or along the card's floor and up. */
function entry(layout: Layout, lane: number, pool: number, gx: number): Segment[] {
  const l = layout.lanes[lane]!;
  const card = layout.cards[pool]!;
  const part = card.parts[l.part];
  // Lanes further left turn in lower (side) or run lower on the floor (below): no two of one card cross.
  const peers = layout.lanes.filter(
    (x) => x.entry === l.entry && (l.entry === 'below' || x.part === l.part),
  );
  const k = peers.indexOf(l);
  if (l.entry === 'side') {
    const y = part.y + (part.h * (peers.length - k)) / (peers.length + 1);
    const r = Math.min(6, (part.x - gx) / 2);
    return [
      { kind: 'line', to: { x: gx, y: y - r } },
      { kind: 'corner', at: { x: gx, y }, to: { x: gx + r, y } },
      { kind: 'line', to: { x: part.x, y } },
    ];
  }
  const onPart = peers.filter((x) => x.part === l.part);
  const j = onPart.indexOf(l);
  const tx = part.x + (part.w * (onPart.length - j)) / (onPart.length + 1);
  const y = part.y + part.h + 7 + k * laneSpacing(1, layout.mode === 'narrow').floor;
  const r = Math.min(5, (gx - tx) / 2);
  return [
    { kind: 'line', to: { x: gx, y: y - r } },
    { kind: 'corner', at: { x: gx, y }, to: { x: gx - r, y } },
    { kind: 'line', to: { x: tx + r, y } },
    { kind: 'corner', at: { x: tx, y }, to: { x: tx, y: y - r } },
    { kind: 'line', to: { x: tx, y: part.y + part.h } },
  ];
}

/** The control plane's own path: apiserver → konnectivity-server, side by side in the control plane. */
function frontend(layout: Layout): RouteGeometry {
  const hub = layout.components['apiserver'] as Box;
  const ks = layout.components['konnectivity-server'] as Box;
  const y = hub.y + hub.h / 2;
  const route: Polyroute = {
    start: { x: hub.x + hub.w, y },
    segments: [{ kind: 'line', to: { x: ks.x, y } }],
  };
  return { d: pathString(route), glyph: { x: (hub.x + hub.w + ks.x) / 2, y } };
}

/**
 * The drawn route of a path instance: from where it leaves the control plane (or the outside
 * user) down through the band at its lane's place, past its Service, into the pool cards' gutter
 * and into its part. Paths riding a tunnel run in the tunnel's lanes (Konnectivity: through the
 * konnectivity-server first) and reach their part along the card's floor. Drawn from the side
 * that opens the connection. Pure; memoise per layout.
 */
export function routeFor(layout: Layout, p: PathInstance): RouteGeometry {
  if (p.pool === undefined) return frontend(layout);
  const lane = layout.laneOf.get(p.id);
  if (lane === undefined) throw new Error(`path ${p.id} has no lane in a ${layout.route} layout`);
  const at = lane * layout.pools + p.pool;
  const src = layout.sources[at]!;
  const sx = layout.spread.x[at]!;
  const gx = layout.gutterX[at]!;
  const band = layout.zones.band;
  const segments: Segment[] = [];
  let start = src;
  const fy = layout.frontendY[at]!;
  if (fy > 0) {
    // Konnectivity: apiserver → konnectivity-server (hidden under the server's box), then out of its bottom.
    const hub = layout.components['apiserver'] as Box;
    start = { x: hub.x + hub.w, y: fy };
    segments.push({ kind: 'line', to: { x: src.x, y: fy } }, { kind: 'line', to: src });
  }
  segments.push(
    { kind: 'curve', to: { x: sx, y: band.y } },
    { kind: 'line', to: { x: sx, y: layout.stationBottom } },
    { kind: 'curve', to: { x: gx, y: layout.gutterTop } },
    ...entry(layout, lane, p.pool, gx),
  );
  const forward: Polyroute = { start, segments };
  const route =
    PATH_SPECS[p.id].direction === 'node-to-control-plane' ? reverseRoute(forward) : forward;
  return { d: pathString(route), glyph: { x: sx, y: layout.band.glyphY } };
}
