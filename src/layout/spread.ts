import { BUNDLE_TEXT, poolPlace, TUNNEL_RIDING, type Bundle, type Lane } from './lanes';
import { textWidth, type Fonts } from './text';

/** A line's place in the order: lane index and pool (pools of one lane run side by side). */
export interface LaneSlot {
  readonly lane: number;
  readonly pool: number;
}

/** A bundle's label across the band, centred on its lines. */
export interface BundleLabel {
  readonly bundle: Bundle;
  readonly lines: readonly string[];
  readonly x: number;
  readonly width: number;
  /** The x range its lines cross the band in. */
  readonly from: number;
  readonly to: number;
}

/** Where every line crosses the band (and passes the Services), and the bundle labels. */
export interface Spread {
  /** x of each line, by `lane * pools + pool`. */
  readonly x: readonly number[];
  /** Distance between neighbouring lines (state glyphs are drawn when it leaves them room). */
  readonly step: number;
  readonly labels: readonly BundleLabel[];
  readonly width: number;
}

/** Every line, left to right: lane by lane, each lane's pools in their places (poolPlace). */
export function slotsOf(lanes: readonly Lane[], pools: number): LaneSlot[] {
  const out: LaneSlot[] = [];
  lanes.forEach((l, lane) => {
    const row: LaneSlot[] = [];
    for (let pool = 0; pool < pools; pool++) row[poolPlace(l, pool, pools)] = { lane, pool };
    out.push(...row);
  });
  return out;
}

interface Inputs {
  readonly lanes: readonly Lane[];
  readonly pools: number;
  readonly fonts: Fonts;
  readonly narrow: boolean;
  /** Width of the Service box a lane passes through, by lane index. */
  readonly serviceWidth: (lane: Lane) => number;
}

function labelLines(bundle: Bundle, riding: boolean, narrow: boolean): readonly string[] {
  const t = bundle === 'tunnel' && riding ? TUNNEL_RIDING : BUNDLE_TEXT[bundle];
  return narrow ? t.lines : [t.long];
}

/** Lays the lines out left to right with gap `step`, each bundle as wide as its label; returns the width used. */
function place(inp: Inputs, step: number, left: number): Spread {
  const { lanes, pools, fonts, narrow } = inp;
  const riding = lanes.some(
    (l) => l.bundle === 'tunnel' && l.entry === 'below' && l.id !== 'apiserver-ssh-tunnel',
  );
  const x: number[] = new Array<number>(lanes.length * pools).fill(0);
  const labels: BundleLabel[] = [];
  const labelGap = narrow ? 5 : 16;
  // Half the room a lane's Service box needs beyond its own lines.
  const clear = (l: number) => {
    const w = inp.serviceWidth(lanes[l]!);
    return w > 0 ? w / 2 - ((pools - 1) * step) / 2 + 4 : 0;
  };
  const gap = (a: number, b: number) => (a === b ? step : Math.max(step, clear(a) + clear(b)));
  let lastX = -Infinity;
  let lastLane = -1;
  let labelEnd = left - labelGap;
  let i = 0;
  while (i < lanes.length) {
    const bundle = lanes[i]!.bundle;
    let j = i;
    while (j < lanes.length && lanes[j]!.bundle === bundle) j++;
    // Offsets of this bundle's lines from its first one.
    const rel: number[] = [];
    for (let l = i; l < j; l++) {
      for (let p = 0; p < pools; p++)
        rel.push(rel.length === 0 ? 0 : rel.at(-1)! + gap(p === 0 ? l - 1 : l, l));
    }
    const span = rel.at(-1)!;
    const lines = labelLines(bundle, riding, narrow);
    // Semi-bold: about a tenth wider than regular text.
    const width = Math.max(...lines.map((t) => textWidth(t, fonts.bundle) * 1.1));
    const seg = Math.max(width, span);
    // Read-only lines keep to the left edge (the outside user's side); others are centred under their label.
    const pad = bundle === 'read-only' ? 0 : (seg - span) / 2;
    let start = labelEnd + labelGap;
    if (lastLane >= 0) start = Math.max(start, lastX + gap(lastLane, i) - pad);
    const from = start + pad;
    rel.forEach((r, k) => {
      const lane = i + Math.floor(k / pools);
      const place = k % pools;
      const pool = Array.from({ length: pools }, (_, i) => i).find(
        (i) => poolPlace(lanes[lane]!, i, pools) === place,
      )!;
      x[lane * pools + pool] = from + r;
    });
    const centre = bundle === 'read-only' ? start + width / 2 : start + seg / 2;
    labels.push({ bundle, lines, x: centre, width, from, to: from + span });
    labelEnd = Math.max(start + seg, centre + width / 2);
    lastX = from + span;
    lastLane = j - 1;
    i = j;
  }
  return { x, step, labels, width: Math.max(labelEnd, lastX + clear(lastLane)) - left };
}

/** The smallest width the band needs (lines at their minimum gap). */
export function spreadMinWidth(inp: Inputs): number {
  return place(inp, inp.narrow ? 4 : 5, 0).width;
}

/**
 * Spreads the lines across `[left, left + width]`: the widest gap (up to a readable maximum) that
 * fits, then the room left over shared between the bundles, so labels and glyphs breathe.
 */
export function spreadLines(inp: Inputs, left: number, width: number): Spread {
  const max = inp.narrow ? 22 : 34;
  let lo = inp.narrow ? 4 : 5;
  let hi = max;
  if (place(inp, hi, left).width > width) {
    for (let n = 0; n < 20; n++) {
      const mid = (lo + hi) / 2;
      if (place(inp, mid, left).width <= width) lo = mid;
      else hi = mid;
    }
    hi = lo;
  }
  const s = place(inp, hi, left);
  const extra = Math.max(0, width - s.width);
  if (extra <= 0 || s.labels.length < 2) return s;
  // Share the extra room: each bundle boundary gets an equal part, capped so lines stay together.
  const gaps = s.labels.length - 1;
  const each = Math.min(extra / gaps, inp.narrow ? 24 : 90);
  const shift = (extra - each * gaps) / 2;
  const bundleOf: number[] = [];
  let b = -1;
  inp.lanes.forEach((lane, l) => {
    if (l === 0 || lane.bundle !== inp.lanes[l - 1]!.bundle) b++;
    bundleOf.push(b);
  });
  const x = s.x.map((v, k) => v + shift + each * bundleOf[Math.floor(k / inp.pools)]!);
  const labels = s.labels.map((l, k) => ({
    ...l,
    x: l.x + shift + each * k,
    from: l.from + shift + each * k,
    to: l.to + shift + each * k,
  }));
  return { ...s, x, labels, width: s.width + each * gaps };
}
