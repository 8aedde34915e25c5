import type { Box } from './geometry';
import { textWidth, type Fonts } from './text';

/** Where the control plane and the outside world sit on top of the drawing. */
export interface ControlPlanePlacement {
  readonly outside: Box;
  readonly controlPlane: Box;
  /** Boxes of apiserver, konnectivity-server, etcd, scheduler, controller-manager and user. */
  readonly components: Readonly<Record<string, Box>>;
  readonly bottom: number;
}

export const MARGIN = 8;
/** Inner padding of a zone. */
const ZP = 10;
const ZP_NARROW = 6;
const CONTEXT = ['etcd', 'scheduler', 'controller-manager'] as const;
const CONTEXT_LABEL = {
  etcd: 'etcd',
  scheduler: 'kube-scheduler',
  'controller-manager': 'kube-controller-manager',
} as const;

/** Sizes the control-plane row needs, from its texts. */
function sizes(f: Fonts, narrow: boolean) {
  const box = (text: string, size = f.primary, bold = false) =>
    textWidth(text, size, bold) + (narrow ? 10 : 18);
  return {
    user: Math.max(box('kubectl user'), box('or anyone', f.secondary)),
    context: box(CONTEXT_LABEL['controller-manager']),
    hub: Math.max(
      box('kube-apiserver', f.hub, true) + (narrow ? 4 : 20),
      box('the hub · HTTPS :6443', f.secondary),
    ),
    ks: Math.max(box('konnectivity-server'), box('tunnel end · :8132', f.secondary)),
  };
}

/** The narrowest drawing the control-plane row fits in. */
export function controlPlaneWidth(mode: 'wide' | 'narrow', f: Fonts): number {
  const s = sizes(f, mode === 'narrow');
  if (mode === 'wide')
    return 2 * MARGIN + s.user + 2 * ZP + 8 + 2 * ZP + s.context + 18 + s.hub + 26 + s.ks;
  // Narrow: a strip for the user, then the control plane, with a margin on the left for the read-only lane.
  const contextRow = Math.max(
    s.context,
    textWidth('etcd', f.primary) + 10 + 6 + textWidth('kube-scheduler', f.primary) + 10,
  );
  return 2 * MARGIN + 14 + 2 * ZP_NARROW + Math.max(contextRow, s.hub + 14 + s.ks);
}

/**
 * Places the outside user, the context components (etcd, scheduler, controller-manager), the
 * apiserver hub and the konnectivity-server for a drawing `width` wide. Wide: one row (user |
 * context | hub | server). Narrow: the user on a strip above, then context and hub with server.
 */
export function placeControlPlane(
  mode: 'wide' | 'narrow',
  width: number,
  f: Fonts,
): ControlPlanePlacement {
  const s = sizes(f, mode === 'narrow');
  const c: Record<string, Box> = {};
  if (mode === 'wide') {
    const top = MARGIN;
    const h = 22 + 3 * 26 + 6;
    const outside: Box = { x: MARGIN, y: top, w: s.user + 2 * ZP, h };
    const cp: Box = {
      x: outside.x + outside.w + 8,
      y: top,
      w: width - MARGIN - (outside.x + outside.w + 8),
      h,
    };
    const rowY = top + 24;
    c['user'] = { x: outside.x + ZP, y: rowY + 8, w: s.user, h: 60 };
    CONTEXT.forEach((id, i) => (c[id] = { x: cp.x + ZP, y: rowY + i * 26, w: s.context, h: 22 }));
    c['konnectivity-server'] = { x: cp.x + cp.w - ZP - s.ks, y: rowY + 8, w: s.ks, h: 60 };
    // The hub is centred between the context column and the server, as wide as there is room for.
    const left = cp.x + ZP + s.context + 18;
    const right = cp.x + cp.w - ZP - s.ks - 26;
    const hubW = Math.min(right - left, Math.max(s.hub, (right - left) * 0.8));
    c['apiserver'] = { x: (left + right - hubW) / 2, y: rowY + 4, w: hubW, h: 68 };
    return { outside, controlPlane: cp, components: c, bottom: top + h };
  }
  const outside: Box = { x: MARGIN, y: MARGIN, w: width - 2 * MARGIN, h: 30 + 6 };
  c['user'] = { x: MARGIN + 4, y: MARGIN + 5, w: Math.min(s.user + 40, width * 0.6), h: 26 };
  const cpTop = outside.y + outside.h + 6;
  const cp: Box = { x: MARGIN + 14, y: cpTop, w: width - 2 * MARGIN - 14, h: 0 };
  const inner = cp.w - 2 * ZP_NARROW;
  const etcdW = textWidth('etcd', f.primary) + 10;
  c['etcd'] = { x: cp.x + ZP_NARROW, y: cpTop + 18, w: etcdW, h: 20 };
  c['scheduler'] = { x: cp.x + ZP_NARROW + etcdW + 6, y: cpTop + 18, w: inner - etcdW - 6, h: 20 };
  c['controller-manager'] = { x: cp.x + ZP_NARROW, y: cpTop + 42, w: inner, h: 20 };
  const ksW = s.ks;
  c['apiserver'] = { x: cp.x + ZP_NARROW, y: cpTop + 70, w: inner - ksW - 14, h: 48 };
  c['konnectivity-server'] = { x: cp.x + cp.w - ZP_NARROW - ksW, y: cpTop + 70 + 8, w: ksW, h: 40 };
  const h = 70 + 48 + 8;
  return { outside, controlPlane: { ...cp, h }, components: c, bottom: cpTop + h };
}
