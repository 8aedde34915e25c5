import { statesOf } from './derive';
import { instancesOf } from './instances';
import { isExposed, isSafe, type Config, type PathId, type PathState } from './types';

/**
 * How a path changed from a baseline to the current config. Decided in this order (first wins):
 * - `unchanged`: same state.
 * - `broke`: broken now, was not.
 * - `repaired`: was broken, is not now (and not disabled); `after` says whether it is also safe.
 * - `became-safe`: was exposed (unverified or plaintext), is secure or tunneled now.
 * - `became-unsafe`: is exposed now, was safe or did not exist (a new exposure counts).
 * - `removed`: disabled now (was exposed or safe): closing the read-only port is a removal.
 * - `appeared`: did not exist, is safe now.
 * - `changed`: moved within a class: secure ↔ tunneled, or unverified ↔ plaintext.
 */
export const CHANGE_KINDS = [
  'broke',
  'became-unsafe',
  'became-safe',
  'repaired',
  'removed',
  'appeared',
  'changed',
  'unchanged',
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** One path instance's before → after. */
export interface PathDiff {
  readonly id: PathId;
  /** The pool (of the current scenario), for every path that touches a node. */
  readonly pool?: string;
  readonly before: PathState;
  readonly after: PathState;
  readonly change: ChangeKind;
}

/** The comparison of two scenarios: one row per (path kind, pool), and a one-line summary. */
export interface Comparison {
  readonly paths: readonly PathDiff[];
  /** The current scenario has several pools (rows are then named `id@pool`). */
  readonly pooled: boolean;
  readonly counts: Readonly<Record<ChangeKind, number>>;
  readonly summary: string;
}

/** Classifies one path's transition (precedence documented on CHANGE_KINDS). */
export function classifyChange(before: PathState, after: PathState): ChangeKind {
  if (before === after) return 'unchanged';
  if (after === 'broken') return 'broke';
  if (before === 'broken') return after === 'disabled' ? 'removed' : 'repaired';
  if (isExposed(before) && isSafe(after)) return 'became-safe';
  if (isExposed(after)) return isExposed(before) ? 'changed' : 'became-unsafe';
  if (after === 'disabled') return 'removed';
  if (before === 'disabled') return 'appeared';
  return 'changed';
}

const PHRASES: Readonly<Record<ChangeKind, string>> = {
  broke: 'broke',
  'became-unsafe': 'became unsafe',
  'became-safe': 'became safe',
  repaired: 'repaired',
  removed: 'removed',
  appeared: 'appeared',
  changed: 'changed within their class',
  unchanged: 'unchanged',
};

// The summary leads with good news, then bad, as in "3 paths became safe, 1 broke".
const SUMMARY_ORDER: readonly ChangeKind[] = [
  'became-safe',
  'repaired',
  'removed',
  'appeared',
  'became-unsafe',
  'broke',
  'changed',
];

/** One line: "3 paths became safe, 1 broke"; "no path changed" when nothing did. */
export function diffSummary(counts: Readonly<Record<ChangeKind, number>>): string {
  const parts = SUMMARY_ORDER.filter((k) => counts[k] > 0).map((k) => `${counts[k]} ${PHRASES[k]}`);
  if (parts.length === 0) return 'no path changed';
  const first = parts[0]!.split(' ');
  const n = Number(first[0]);
  parts[0] = [first[0], n === 1 ? 'path' : 'paths', ...first.slice(1)].join(' ');
  return parts.join(', ');
}

/**
 * Which baseline pool each pool of `current` is compared with: the pool of the same name; when
 * the baseline has a single pool (a preset, say), that pool for every unmatched pool; otherwise
 * none (the path did not exist: `disabled` before).
 */
export function matchPools(baseline: Config, current: Config): readonly (number | undefined)[] {
  return current.pools.map((p) => {
    const same = baseline.pools.findIndex((b) => b.name === p.name);
    if (same >= 0) return same;
    return baseline.pools.length === 1 ? 0 : undefined;
  });
}

/** Compares the current scenario against a baseline, path instance by path instance. */
export function compareConfigs(baseline: Config, current: Config): Comparison {
  const a = statesOf(baseline);
  const b = statesOf(current);
  const match = matchPools(baseline, current);
  const paths = instancesOf(current).map((ref): PathDiff => {
    const i = ref.pool ?? 0;
    const j = ref.pool === undefined ? 0 : match[i];
    const before = j === undefined ? 'disabled' : a[j]![ref.id];
    const after = b[i]![ref.id];
    const diff = { id: ref.id, before, after, change: classifyChange(before, after) };
    return ref.pool === undefined ? diff : { ...diff, pool: current.pools[i]!.name };
  });
  const counts = Object.fromEntries(CHANGE_KINDS.map((k) => [k, 0])) as Record<ChangeKind, number>;
  for (const p of paths) counts[p.change]++;
  return { paths, pooled: current.pools.length > 1, counts, summary: diffSummary(counts) };
}

const cached = new WeakMap<Config, WeakMap<Config, Comparison>>();

/** compareConfigs memoised by the identity of both scenarios (every path element reads it). */
export function compareCached(baseline: Config, current: Config): Comparison {
  let byCurrent = cached.get(baseline);
  if (!byCurrent) cached.set(baseline, (byCurrent = new WeakMap()));
  let cmp = byCurrent.get(current);
  if (!cmp) byCurrent.set(current, (cmp = compareConfigs(baseline, current)));
  return cmp;
}
