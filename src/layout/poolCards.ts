import { POOL_PARTS, type PoolPart } from '../model/topology';
import type { Box } from './geometry';
import type { Lane } from './lanes';
import { textWidth, type Fonts } from './text';

/** Texts of a card's parts: the name (never hidden) and a secondary line, wide and narrow. */
export const PART_TEXT: Readonly<
  Record<PoolPart, { readonly name: string; readonly wide: string; readonly narrow: string }>
> = {
  kubelet: { name: 'kubelet', wide: ':10250 :10255', narrow: ':10250' },
  'kube-proxy': { name: 'kube-proxy', wide: 'Services', narrow: '' },
  pods: { name: 'pods', wide: '3 per node', narrow: '×3' },
  node: { name: 'host', wide: ':22 :port', narrow: ':22' },
  'konnectivity-agent': { name: 'agent', wide: 'konnectivity', narrow: '' },
};

/** Lane geometry inside a card: gap between the pools' lines of one lane, between lanes, gutter margin. */
export function laneSpacing(pools: number, narrow: boolean) {
  const pool = narrow ? (pools <= 1 ? 6 : 3.5) : pools <= 2 ? 8 : pools <= 6 ? 5 : 3.5;
  return { pool, lane: narrow ? 6 : 10, margin: narrow ? 4 : 8, floor: narrow ? 4 : 5 };
}

/** One pool, drawn once however many nodes it has: the card, its parts, and where lines meet them. */
export interface PoolCard {
  readonly name: string;
  readonly index: number;
  readonly nodes: number;
  readonly box: Box;
  readonly parts: Readonly<Record<PoolPart, Box>>;
  /** Where the pool's name is written (its first line's baseline). */
  readonly label: { readonly x: number; readonly y: number; readonly width: number };
}

/** How wide the parts of a card are, from their texts. */
export function partWidths(f: Fonts, narrow: boolean, pods: number): Record<PoolPart, number> {
  const out = {} as Record<PoolPart, number>;
  for (const part of POOL_PARTS) {
    const t = PART_TEXT[part];
    const sub = (narrow ? t.narrow : t.wide).replace('3', String(pods));
    out[part] =
      Math.max(textWidth(t.name, f.primary, true), sub ? textWidth(sub, f.secondary) : 0) +
      (narrow ? 5 : 16);
  }
  return out;
}

/** Width of the gutter left of each part: its lanes' lines side by side. */
export function gutterWidths(
  lanes: readonly Lane[],
  pools: number,
  narrow: boolean,
): Record<PoolPart, number> {
  const sp = laneSpacing(pools, narrow);
  const out = {} as Record<PoolPart, number>;
  for (const part of POOL_PARTS) {
    const n = lanes.filter((l) => l.gutter === part).length;
    out[part] = 2 * sp.margin + (n === 0 ? 0 : n * (pools - 1) * sp.pool + (n - 1) * sp.lane);
  }
  return out;
}

/** The label column (wide drawings) or header strip (narrow ones) of a card. */
export const cardLabelWidth = (f: Fonts, narrow: boolean): number =>
  narrow ? 0 : textWidth('kube-proxy-1', f.primary, true) + 12;

/** Height of a card: parts, the floor the tunnel legs run along, padding. */
export function cardHeight(lanes: readonly Lane[], narrow: boolean): number {
  const below = lanes.filter((l) => l.entry === 'below').length;
  const sp = laneSpacing(1, narrow);
  return (narrow ? 22 : 10) + (narrow ? 38 : 44) + 8 + below * sp.floor + 6;
}
