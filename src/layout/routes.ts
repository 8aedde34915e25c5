import type { Route } from '../model/route';
import type { PathInstance } from '../model/topology';
import type { PathId } from '../model/types';
import { curveTo, edgePath, lineTo, moveTo, type Box, type Point } from './geometry';
import { RIDERS, type Layout, type NodeCard } from './layout';

/** Drawn geometry of one path instance: the SVG path string and where its state glyph sits. */
export interface RouteGeometry {
  readonly d: string;
  readonly glyph: Point;
}

const bottomOf = (b: Box): Point => ({ x: b.x + b.w / 2, y: b.y + b.h });
const topOf = (b: Box): Point => ({ x: b.x + b.w / 2, y: b.y });

/** Per-rider offsets keep the paths inside one tunnel side by side instead of on top of each other. */
function riderIndex(id: PathId): number {
  const i = RIDERS.indexOf(id);
  return i < 0 ? 0 : i;
}

/** apiserver → konnectivity-server leg, on its own horizontal lane per rider. */
function toKonnectivityServer(layout: Layout, id: PathId): { d: string; exit: Point } {
  const hub = layout.components['apiserver'] as Box;
  const ks = layout.components['konnectivity-server'] as Box;
  const i = riderIndex(id);
  const y = hub.y + [14, 26, 62, 74][i]!;
  const exit = { x: ks.x + ks.w / 2 + (i - 1.5) * 34, y: ks.y + ks.h };
  return { d: `${moveTo({ x: hub.x + hub.w, y })}${lineTo({ x: ks.x, y })}`, exit };
}

/** Last leg inside a node: along the gutter just above the card, then down into the target lane. */
function alongCard(card: NodeCard, s: number, id: PathId, target: Point): string {
  const y = card.box.y - (12 + 9 * riderIndex(id)) * s;
  return `${lineTo({ x: target.x, y })}${lineTo(target)}`;
}

function perNode(layout: Layout, p: PathInstance, route: Route): RouteGeometry {
  const card = layout.cards[p.node ?? 0] as NodeCard;
  const s = layout.scale;
  const port = card.ports[p.id] as Point;
  const glyph = { x: port.x, y: card.box.y - 46 * s };
  const hubSlot = layout.hubSlots[p.id];
  const c = layout.components;
  switch (p.id) {
    case 'kubelet-apiserver':
    case 'kube-proxy-apiserver':
      return { d: edgePath(port, hubSlot as Point), glyph };
    case 'pod-apiserver': {
      const svc = c['service:default/kubernetes'] as Box;
      const d = `${edgePath(port, bottomOf(svc))}${lineTo(topOf(svc))}${curveTo(topOf(svc), hubSlot as Point)}`;
      return { d, glyph };
    }
    case 'konnectivity-agent-server':
      return { d: edgePath(port, bottomOf(c['konnectivity-server'] as Box)), glyph };
    case 'kubelet-readonly':
      return { d: edgePath(bottomOf(c['user'] as Box), port), glyph };
    case 'apiserver-ssh-tunnel':
      return { d: edgePath(hubSlot as Point, port), glyph };
    case 'apiserver-kubelet':
    case 'apiserver-proxy-node':
    case 'apiserver-proxy-pod': {
      if (route === 'direct') return { d: edgePath(hubSlot as Point, port), glyph };
      const i = riderIndex(p.id);
      if (route === 'konnectivity') {
        const leg = toKonnectivityServer(layout, p.id);
        const agent = card.ports['konnectivity-agent-server'] as Point;
        const drop = { x: agent.x + (i + 1) * 7 * s, y: card.box.y - (12 + 9 * i) * s };
        const last = alongCard(card, s, p.id, port);
        return { d: `${leg.d}${moveTo(leg.exit)}${curveTo(leg.exit, drop)}${last}`, glyph };
      }
      const ssh = card.ports['apiserver-ssh-tunnel'] as Point;
      const from = layout.hubSlots['apiserver-ssh-tunnel'] as Point;
      const start = { x: from.x + (i + 1) * 6, y: from.y };
      const drop = { x: ssh.x - (i + 1) * 5 * s, y: card.box.y - (12 + 9 * i) * s };
      const last = alongCard(card, s, p.id, port);
      return { d: `${edgePath(start, drop)}${last}`, glyph };
    }
    default:
      throw new Error(`path ${p.id} is not per-node`);
  }
}

function single(layout: Layout, p: PathInstance, route: Route): RouteGeometry {
  const c = layout.components;
  const hub = c['apiserver'] as Box;
  const ks = c['konnectivity-server'] as Box;
  if (p.id === 'apiserver-konnectivity-server') {
    const y = hub.y + hub.h / 2;
    return { d: `${moveTo({ x: hub.x + hub.w, y })}${lineTo({ x: ks.x, y })}`, glyph: { x: (hub.x + hub.w + ks.x) / 2, y: y - 16 } };
  }
  const target = c[p.to];
  if (!target) throw new Error(`path ${p.key} ends at unknown component ${p.to}`);
  const end = topOf(target);
  const glyph = { x: end.x, y: end.y - 30 };
  if (route === 'konnectivity') {
    const leg = toKonnectivityServer(layout, p.id);
    return { d: `${leg.d}${moveTo(leg.exit)}${curveTo(leg.exit, end)}`, glyph };
  }
  const slot = layout.hubSlots[route === 'ssh' ? 'apiserver-ssh-tunnel' : p.id];
  if (!slot) throw new Error(`path ${p.key} has no apiserver slot`);
  const start = route === 'ssh' ? { x: slot.x + 24, y: slot.y } : slot;
  return { d: edgePath(start, end), glyph };
}

/**
 * The drawn route of a path instance: direct spokes between the hub and the node card, or through
 * the tunnel (apiserver → konnectivity-server → the node's agent → target; SSH: apiserver → node
 * :22 → target) so the picture re-routes when a tunnel is switched on. Pure; memoise per layout.
 */
export function routeFor(layout: Layout, p: PathInstance, route: Route): RouteGeometry {
  return p.node === undefined ? single(layout, p, route) : perNode(layout, p, route);
}
