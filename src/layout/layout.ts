import type { PathId } from '../model/types';
import { SERVICES, type Topology } from '../model/topology';
import type { Box, Point } from './geometry';

/** The per-node component kinds drawn inside a node card, left to right. */
export const CARD_COMPONENTS = ['kubelet', 'kube-proxy', 'pods', 'node', 'konnectivity-agent'] as const;
export type CardComponent = (typeof CARD_COMPONENTS)[number];

/** Per-node path kinds, by the card column they land on, in lane order (left to right). */
const LANES: Readonly<Record<CardComponent, readonly PathId[]>> = {
  kubelet: ['kubelet-readonly', 'apiserver-kubelet', 'kubelet-apiserver'],
  'kube-proxy': ['kube-proxy-apiserver'],
  pods: ['pod-apiserver', 'apiserver-proxy-pod'],
  node: ['apiserver-ssh-tunnel', 'apiserver-proxy-node'],
  'konnectivity-agent': ['konnectivity-agent-server'],
};

/** apiserver bottom-edge slots, in the same order as the card lanes so one node's spokes never cross. */
const HUB_SLOTS: readonly PathId[] = [
  'apiserver-kubelet',
  'kubelet-apiserver',
  'kube-proxy-apiserver',
  'pod-apiserver',
  'apiserver-proxy-pod',
  'apiserver-ssh-tunnel',
  'apiserver-proxy-node',
  'apiserver-proxy-service',
];

/** The paths that can ride a tunnel, in rider-lane order. */
export const RIDERS: readonly PathId[] = [
  'apiserver-kubelet',
  'apiserver-proxy-node',
  'apiserver-proxy-pod',
  'apiserver-proxy-service',
];

/** Unscaled geometry of a node card (scaled by Layout.scale). */
const CARD = { w: 430, h: 136, gapX: 48, gapY: 100, pad: 12, compY: 12, compH: 66 } as const;
const UNITS: Readonly<Record<CardComponent, number>> = {
  kubelet: 3,
  'kube-proxy': 2.6,
  pods: 2.2,
  node: 1.8,
  'konnectivity-agent': 2.2,
};
const TOTAL_UNITS = CARD_COMPONENTS.reduce((n, c) => n + UNITS[c], 0);
const MARGIN = 40;
const MIN_WIDTH = 1640;
const GRID_TOP = 520;
/** Past this many nodes, pods are drawn as a count instead of dots. */
const COLLAPSE_PODS_ABOVE = 24;

/** One node card: its box, the boxes of its components and the lane ports on its top edge. */
export interface NodeCard {
  readonly name: string;
  readonly index: number;
  readonly box: Box;
  readonly parts: Readonly<Record<CardComponent, Box>>;
  /** Where each per-node path meets the card's top edge. */
  readonly ports: Readonly<Partial<Record<PathId, Point>>>;
}

/** Everything the renderer needs to place the diagram; pure data, deterministic. */
export interface Layout {
  readonly width: number;
  readonly height: number;
  /** Scale of node cards (1 for a handful of nodes, smaller as the count grows). */
  readonly scale: number;
  readonly columns: number;
  readonly collapsedPods: boolean;
  readonly podsPerNode: number;
  readonly zones: { readonly outside: Box; readonly controlPlane: Box; readonly band: Box; readonly node: Box };
  /** Boxes of the cluster-wide components (control plane, services, user), by instance id. */
  readonly components: Readonly<Record<string, Box>>;
  readonly cards: readonly NodeCard[];
  readonly cardIndex: ReadonlyMap<string, number>;
  /** apiserver bottom-edge slot per path kind. */
  readonly hubSlots: Readonly<Partial<Record<PathId, Point>>>;
}

/** Size of the area the diagram is shown in (only its aspect ratio is used). */
export interface Size {
  readonly width: number;
  readonly height: number;
}

/** Grid columns: one row for a few nodes, else close to the viewport's aspect ratio. */
export function columnsFor(nodes: number, size: Size): number {
  if (nodes <= 4) return nodes;
  const aspect = size.width > 0 && size.height > 0 ? size.width / (size.height * 0.55) : 2.6;
  const cellW = CARD.w + CARD.gapX;
  const cellH = CARD.h + CARD.gapY;
  const c = Math.ceil(Math.sqrt((nodes * aspect * cellH) / cellW));
  return Math.max(1, Math.min(nodes, c));
}

function cardParts(box: Box, s: number): Record<CardComponent, Box> {
  const unit = (CARD.w - 2 * CARD.pad) / TOTAL_UNITS;
  let x = box.x + CARD.pad * s;
  const parts = {} as Record<CardComponent, Box>;
  for (const c of CARD_COMPONENTS) {
    const w = UNITS[c] * unit * s;
    parts[c] = { x: x + 3 * s, y: box.y + CARD.compY * s, w: w - 6 * s, h: CARD.compH * s };
    x += w;
  }
  return parts;
}

function cardPorts(box: Box, parts: Record<CardComponent, Box>, s: number): Partial<Record<PathId, Point>> {
  const ports: Partial<Record<PathId, Point>> = {};
  for (const c of CARD_COMPONENTS) {
    const lanes = LANES[c];
    const p = parts[c];
    const inner = p.w - 8 * s;
    lanes.forEach((id, i) => {
      ports[id] = { x: p.x + 4 * s + ((i + 0.5) * inner) / lanes.length, y: box.y };
    });
  }
  return ports;
}

/**
 * Places every component of the topology: control plane on top (apiserver hub in the middle),
 * the control-plane ↔ node band, then services and a grid of node cards whose scale shrinks with
 * the node count. Pure grid arithmetic, O(nodes), no force simulation; `size` only picks columns.
 */
export function computeLayout(topology: Topology, size: Size): Layout {
  const n = topology.nodes;
  const columns = columnsFor(n, size);
  const rows = Math.ceil(n / columns);
  const rawGridW = columns * (CARD.w + CARD.gapX) - CARD.gapX;
  const scale = Math.min(1, (MIN_WIDTH - 2 * MARGIN) / rawGridW);
  const s = scale;
  const gridW = rawGridW * s;
  const gridH = (rows * (CARD.h + CARD.gapY) - CARD.gapY) * s;
  const width = Math.max(MIN_WIDTH, gridW + 2 * MARGIN);
  const cx = width / 2;

  const hub: Box = { x: cx - 240, y: 80, w: 480, h: 88 };
  const kserver: Box = { x: hub.x + hub.w + 90, y: hub.y, w: 250, h: hub.h };
  const ctxX = hub.x - 50 - 230;
  const components: Record<string, Box> = {
    apiserver: hub,
    'konnectivity-server': kserver,
    etcd: { x: ctxX, y: 72, w: 230, h: 32 },
    scheduler: { x: ctxX, y: 110, w: 230, h: 32 },
    'controller-manager': { x: ctxX, y: 148, w: 230, h: 32 },
    user: { x: MARGIN + 12, y: 84, w: 196, h: 64 },
  };
  const hubSlots: Partial<Record<PathId, Point>> = {};
  const slotW = hub.w / HUB_SLOTS.length;
  HUB_SLOTS.forEach((id, i) => {
    hubSlots[id] = { x: hub.x + (i + 0.5) * slotW, y: hub.y + hub.h };
  });
  const svcY = 410;
  const kubeSvcX = hubSlots['pod-apiserver']?.x ?? cx;
  const [kubeSvc, webSvc] = SERVICES;
  components[kubeSvc.id] = { x: kubeSvcX - 130, y: svcY, w: 260, h: 44 };
  components[webSvc.id] = { x: kserver.x + kserver.w / 2 - 110, y: svcY, w: 220, h: 44 };

  const gridX = (width - gridW) / 2;
  const cards: NodeCard[] = [];
  const cardIndex = new Map<string, number>();
  topology.nodeNames.forEach((name, i) => {
    const col = i % columns;
    const row = Math.floor(i / columns);
    const box: Box = {
      x: gridX + col * (CARD.w + CARD.gapX) * s,
      y: GRID_TOP + row * (CARD.h + CARD.gapY) * s,
      w: CARD.w * s,
      h: CARD.h * s,
    };
    const parts = cardParts(box, s);
    cards.push({ name, index: i, box, parts, ports: cardPorts(box, parts, s) });
    cardIndex.set(name, i);
  });

  const bottom = GRID_TOP + gridH + 36;
  const zones = {
    outside: { x: MARGIN / 2, y: 30, w: 236, h: 220 },
    controlPlane: { x: MARGIN / 2 + 250, y: 30, w: width - MARGIN - 250, h: 220 },
    band: { x: MARGIN / 2, y: 270, w: width - MARGIN, h: 86 },
    node: { x: MARGIN / 2, y: 376, w: width - MARGIN, h: bottom - 376 },
  };
  return {
    width,
    height: bottom + 24,
    scale,
    columns,
    collapsedPods: n > COLLAPSE_PODS_ABOVE,
    podsPerNode: topology.podsPerNode,
    zones,
    components,
    cards,
    cardIndex,
    hubSlots,
  };
}

/** The box a path end stands for: a cluster-wide component, a card part, or `node@<name>` (the card). */
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
  return (CARD_COMPONENTS as readonly string[]).includes(kind) ? card.parts[kind as CardComponent] : undefined;
}
