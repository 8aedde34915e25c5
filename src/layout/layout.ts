import type { Route } from '../model/route';
import { POOL_PARTS, SERVICES, type PoolPart, type Topology } from '../model/topology';
import { controlPlaneWidth, MARGIN, placeControlPlane } from './controlPlane';
import { FIT, reserveFor, type Reserve } from './fit';
import type { Box, Point } from './geometry';
import { lanesFor, poolPlace, type Lane } from './lanes';
import {
  cardHeight,
  cardLabelWidth,
  gutterWidths,
  laneSpacing,
  partWidths,
  type PoolCard,
} from './poolCards';
import { slotsOf, spreadLines, spreadMinWidth, type Spread } from './spread';
import { FONTS, textWidth, type Fonts } from './text';

export type { PoolCard } from './poolCards';

/** Wide: the control plane in one row (desktop, projector). Narrow: stacked (phones, narrow embeds). */
export type LayoutMode = 'wide' | 'narrow';

/** Size of the area the diagram is shown in, in CSS px. */
export interface Size {
  readonly width: number;
  readonly height: number;
}

/** Everything the renderer needs to place the diagram; pure data, deterministic, O(pools) whatever the node count. */
export interface Layout {
  readonly width: number;
  readonly height: number;
  readonly mode: LayoutMode;
  readonly fonts: Fonts;
  readonly route: Route;
  readonly pools: number;
  readonly zones: {
    readonly outside: Box;
    readonly controlPlane: Box;
    readonly band: Box;
    readonly node: Box;
  };
  /** Boxes of the cluster-wide components (control plane, Services, user), by instance id. */
  readonly components: Readonly<Record<string, Box>>;
  readonly cards: readonly PoolCard[];
  readonly cardIndex: ReadonlyMap<string, number>;
  /** Lanes left to right, and the lane of each path kind drawn per pool. */
  readonly lanes: readonly Lane[];
  readonly laneOf: ReadonlyMap<string, number>;
  readonly spread: Spread;
  /** Baselines in the band: its title, the row of state glyphs (centre), the bundle labels. */
  readonly band: { readonly titleY: number; readonly glyphY: number; readonly labelY: number };
  readonly glyph: number;
  /** Where each line leaves the control plane (or the user), by `lane * pools + pool`. */
  readonly sources: readonly Point[];
  /** Where konnectivity riders leave the apiserver for the konnectivity-server (y), by `lane * pools + pool`. */
  readonly frontendY: readonly number[];
  /** x of each line in the pool cards' gutters, by `lane * pools + pool`. */
  readonly gutterX: readonly number[];
  readonly stationBottom: number;
  readonly gutterTop: number;
}

const ZP = { wide: 10, narrow: 2 } as const;
/** Room between the drawing's edge and the band's outermost lines. */
const bandInset = (narrow: boolean) => MARGIN + (narrow ? 1 : 4);
/** How far the stack of cards behind a pool's card reaches (PoolCard draws it). */
export const STACK = 8;

function serviceWidth(f: Fonts, narrow: boolean) {
  return (lane: Lane): number => {
    if (!lane.via) return 0;
    const name = lane.via === SERVICES[0].id ? 'kubernetes' : 'web';
    const sub = narrow
      ? 'Service'
      : lane.via === SERVICES[0].id
        ? 'Service (default)'
        : 'Service (shop)';
    return (
      Math.max(textWidth(name, f.primary, true), textWidth(sub, f.secondary)) + (narrow ? 10 : 16)
    );
  };
}

interface Plan {
  readonly mode: LayoutMode;
  readonly lanes: readonly Lane[];
  readonly minWidth: number;
  readonly height: number;
}

/** What a mode needs: the narrowest width and the height (which does not depend on the width). */
function plan(mode: LayoutMode, topology: Topology, route: Route): Plan {
  const narrow = mode === 'narrow';
  const f = FONTS[mode];
  const lanes = lanesFor(route);
  const P = topology.pools.length;
  const parts = partWidths(f, narrow, topology.podsPerNode);
  const gutters = gutterWidths(lanes, P, narrow);
  const zp = ZP[mode];
  const card =
    POOL_PARTS.reduce((n, p) => n + parts[p] + gutters[p], 0) +
    cardLabelWidth(f, narrow) +
    (narrow ? 6 : 20) +
    STACK;
  const band =
    spreadMinWidth({ lanes, pools: P, fonts: f, narrow, serviceWidth: serviceWidth(f, narrow) }) +
    2 * bandInset(narrow);
  const minWidth = Math.ceil(Math.max(controlPlaneWidth(mode, f), card + 2 * (MARGIN + zp), band));
  const v = verticals(mode, f, lanes, P, placeControlPlane(mode, minWidth, f).bottom);
  return { mode, lanes, minWidth, height: v.height };
}

/** The vertical structure: control plane, band, Services, pool rows. */
function verticals(
  mode: LayoutMode,
  f: Fonts,
  lanes: readonly Lane[],
  pools: number,
  cpBottom: number,
) {
  const narrow = mode === 'narrow';
  const cpb = cpBottom;
  const glyph = narrow ? 11 : 15;
  const bandTop = cpb + (narrow ? 28 : 36);
  const titleY = bandTop + 6 + f.primary;
  const glyphY = titleY + 8 + glyph / 2;
  const labelY = glyphY + glyph / 2 + 5 + f.bundle;
  const lines = narrow ? 2 : 1;
  const bandBottom = labelY + (lines - 1) * (f.bundle + 2) + 8;
  const stationTop = bandBottom + 10;
  const stationBottom = stationTop + f.primary + f.secondary + 12;
  const gutterTop = stationBottom + (narrow ? 22 : 28);
  const rowH = cardHeight(lanes, narrow);
  const rowGap = narrow ? 12 : 16;
  const rowsBottom = gutterTop + 6 + pools * rowH + (pools - 1) * rowGap;
  const height = rowsBottom + 12 + MARGIN;
  return {
    glyph,
    bandTop,
    titleY,
    glyphY,
    labelY,
    bandBottom,
    stationTop,
    stationBottom,
    gutterTop,
    rowH,
    rowGap,
    height,
  };
}

/** The fitted zoom scale a plan gets in a box. */
function fitScale(p: Plan, size: Size, reserve: Reserve | undefined, width = p.minWidth): number {
  const r = reserve ?? reserveFor(p.mode === 'narrow');
  return Math.min(
    (size.width - 2 * FIT.pad - r.right) / width,
    (size.height - 2 * FIT.pad - r.bottom) / p.height,
  );
}

/**
 * The mode and width for a box: whichever mode renders text larger at Fit (so a phone gets the
 * stacked control plane), as wide as the box's aspect asks for, up to half again its minimum.
 */
export function chooseMode(
  topology: Topology,
  size: Size,
  route: Route,
  reserve?: Reserve,
): { plan: Plan; width: number } {
  const wide = plan('wide', topology, route);
  if (size.width <= 0 || size.height <= 0) return { plan: wide, width: wide.minWidth };
  const narrow = plan('narrow', topology, route);
  const pick =
    fitScale(narrow, size, reserve) * FONTS.narrow.primary >
    fitScale(wide, size, reserve) * FONTS.wide.primary * 1.05
      ? narrow
      : wide;
  const r = reserve ?? reserveFor(pick.mode === 'narrow');
  const aspect =
    (size.width - 2 * FIT.pad - r.right) / Math.max(1, size.height - 2 * FIT.pad - r.bottom);
  const width = Math.round(
    Math.min(pick.minWidth * 1.5, Math.max(pick.minWidth, pick.height * aspect)),
  );
  return { plan: pick, width };
}

/**
 * Places every component and pool: the control plane on top (the apiserver hub in the middle),
 * the band of the control-plane ↔ node network that every path crosses, the Services, then one
 * card per pool, each pool's parts in a row. Lines of one path kind (one per pool) run side by
 * side in one lane from the control plane to the pools, lanes of one bundle together. Pure
 * arithmetic, O(pools); `size` (less the `reserve` kept free for controls, which defaults to
 * the zoom buttons' strip) picks the mode and the width.
 */
export function computeLayout(
  topology: Topology,
  size: Size,
  route: Route = 'direct',
  reserve?: Reserve,
): Layout {
  const { plan: p, width: W } = chooseMode(topology, size, route, reserve);
  const mode = p.mode;
  const narrow = mode === 'narrow';
  const f = FONTS[mode];
  const lanes = p.lanes;
  const P = topology.pools.length;
  const cp = placeControlPlane(mode, W, f);
  const v = verticals(mode, f, lanes, P, cp.bottom);
  const components: Record<string, Box> = { ...cp.components };

  const spread = spreadLines(
    { lanes, pools: P, fonts: f, narrow, serviceWidth: serviceWidth(f, narrow) },
    bandInset(narrow),
    W - 2 * bandInset(narrow),
  );
  const svcW = serviceWidth(f, narrow);
  lanes.forEach((lane, l) => {
    if (!lane.via) return;
    const xs = Array.from({ length: P }, (_, i) => spread.x[l * P + i]!);
    const cx = (Math.min(...xs) + Math.max(...xs)) / 2;
    const w = svcW(lane);
    components[lane.via] = { x: cx - w / 2, y: v.stationTop, w, h: v.stationBottom - v.stationTop };
  });

  // Pool cards: every card has the same columns, so a lane's x is the same in each.
  const zp = ZP[mode];
  const node: Box = {
    x: MARGIN,
    y: v.bandBottom + 4,
    w: W - 2 * MARGIN,
    h: v.height - MARGIN - (v.bandBottom + 4),
  };
  const cardX = node.x + zp;
  // The stack behind a pool's card reaches 8 units right of it.
  const cardW = node.w - 2 * zp - STACK;
  const labelW = cardLabelWidth(f, narrow);
  const parts = partWidths(f, narrow, topology.podsPerNode);
  const gutters = gutterWidths(lanes, P, narrow);
  const first = cardX + (narrow ? 3 : 10) + labelW;
  const needed = POOL_PARTS.reduce((n, q) => n + parts[q] + gutters[q], 0);
  const extra = Math.max(0, cardX + cardW - (narrow ? 3 : 10) - first - needed) / POOL_PARTS.length;
  const partX = {} as Record<PoolPart, number>;
  const sp = laneSpacing(P, narrow);
  const gutterX: number[] = new Array<number>(lanes.length * P).fill(0);
  let x = first;
  for (const part of POOL_PARTS) {
    const g = gutters[part] + extra;
    const inGutter = lanes
      .map((lane, l) => [lane, l] as const)
      .filter(([lane]) => lane.gutter === part);
    const used =
      inGutter.length === 0
        ? 0
        : inGutter.length * (P - 1) * sp.pool + (inGutter.length - 1) * sp.lane;
    let lx = x + (g - used) / 2;
    for (const [lane, l] of inGutter) {
      for (let i = 0; i < P; i++) gutterX[l * P + i] = lx + poolPlace(lane, i, P) * sp.pool;
      lx += (P - 1) * sp.pool + sp.lane;
    }
    partX[part] = x + g;
    x += g + parts[part];
  }
  const partTop = narrow ? 22 : 10;
  const partH = narrow ? 38 : 44;
  const cards: PoolCard[] = topology.pools.map((pool, index) => {
    const y = v.gutterTop + 6 + index * (v.rowH + v.rowGap);
    const box: Box = { x: cardX, y, w: cardW, h: v.rowH };
    const cardParts = {} as Record<PoolPart, Box>;
    for (const part of POOL_PARTS)
      cardParts[part] = { x: partX[part], y: y + partTop, w: parts[part], h: partH };
    const label = narrow
      ? { x: cardX + 8, y: y + 4 + f.primary, width: cardW - 16 }
      : { x: cardX + 10, y: y + 8 + f.primary, width: labelW - 4 };
    return { name: pool.name, index, nodes: pool.nodes, box, parts: cardParts, label };
  });

  // Where lines leave the control plane: spread along the bottom of their source.
  const slots = slotsOf(lanes, P);
  const sources: Point[] = new Array<Point>(lanes.length * P).fill({ x: 0, y: 0 });
  const frontendY: number[] = new Array<number>(lanes.length * P).fill(0);
  for (const source of ['hub', 'ks', 'user'] as const) {
    const box =
      components[
        source === 'hub' ? 'apiserver' : source === 'ks' ? 'konnectivity-server' : 'user'
      ]!;
    const mine = slots.filter((s) => lanes[s.lane]!.source === source);
    const inset = source === 'user' && narrow ? 0 : Math.min(14, box.w * 0.1);
    const span =
      source === 'user' && narrow ? Math.min(box.w - 8, 4 + mine.length * 3) : box.w - 2 * inset;
    const left = source === 'user' && narrow ? box.x + 2 : box.x + inset;
    mine.forEach((s, k) => {
      sources[s.lane * P + s.pool] = {
        x: left + ((k + 0.5) * span) / mine.length,
        y: box.y + box.h,
      };
    });
  }
  // Konnectivity riders enter the server from the apiserver's side, each at its own height.
  const hub = components['apiserver']!;
  const riders = slots.filter(
    (s) => lanes[s.lane]!.source === 'ks' && lanes[s.lane]!.id !== 'konnectivity-agent-server',
  );
  riders.forEach((s, k) => {
    // The leftmost exit is entered lowest, so no two legs cross inside the server.
    frontendY[s.lane * P + s.pool] =
      hub.y + 8 + ((riders.length - k - 0.5) * (hub.h - 16)) / riders.length;
  });

  const laneOf = new Map<string, number>();
  lanes.forEach((lane, l) => laneOf.set(lane.id, l));
  const outside = cp.outside;
  return {
    width: W,
    height: v.height,
    mode,
    fonts: f,
    route,
    pools: P,
    zones: {
      outside,
      controlPlane: cp.controlPlane,
      band: { x: MARGIN, y: v.bandTop, w: W - 2 * MARGIN, h: v.bandBottom - v.bandTop },
      node,
    },
    components,
    cards,
    cardIndex: new Map(topology.pools.map((pool, i) => [pool.name, i])),
    lanes,
    laneOf,
    spread,
    band: { titleY: v.titleY, glyphY: v.glyphY, labelY: v.labelY },
    // As large as the gap between neighbouring lines leaves room for (Graph hides glyphs below 9).
    glyph: Math.min(v.glyph, spread.step - 2),
    sources,
    frontendY,
    gutterX,
    stationBottom: v.stationBottom,
    gutterTop: v.gutterTop,
  };
}

/** The box a path end or component id stands for: a cluster-wide component, a pool's part, or `node@<pool>` (the card). */
export function resolveEnd(layout: Layout, id: string): Box | undefined {
  const fixed = layout.components[id];
  if (fixed) return fixed;
  const at = id.indexOf('@');
  if (at < 0) return undefined;
  const kind = id.slice(0, at);
  const i = layout.cardIndex.get(id.slice(at + 1));
  const card = i === undefined ? undefined : layout.cards[i];
  if (!card) return undefined;
  if (kind === 'node') return card.box;
  return (POOL_PARTS as readonly string[]).includes(kind) && kind !== 'node'
    ? card.parts[kind as PoolPart]
    : undefined;
}
