import { classifyChange, type ChangeKind } from './compare';
import { CONDITIONS } from './conditions';
import { formatTarget, formatValue } from './config';
import { statesOf } from './derive';
import { instanceLabel, instancesOf, type PathInstanceRef } from './instances';
import { PATH_SPECS } from './paths';
import { poolViews } from './pools';
import { computeFacts, matchRule, pathState } from './rules';
import { applyChanges, minimalChangeSets, sameChange, type Change } from './search';
import { changeNotes } from './sideEffects';
import { isSafe, type Config, type PathId, type PathState, type PoolView } from './types';

/** A set of changes that would change a path instance's state, with what else it does. */
export interface Fix {
  readonly changes: readonly Change[];
  /** The instance's state after the change. */
  readonly state: PathState;
  readonly sideEffects: readonly string[];
  /** With several pools: what the change does to this path kind on each pool it reaches. */
  readonly pools?: string;
  readonly summary: string;
}

/** Largest change set tried for a per-path fix. */
export const MAX_FIX_SIZE = 3;

const good = (s: PathState): boolean => isSafe(s) || s === 'disabled';

/** Path instances that get worse (safe → unsafe, working → broken) going from `before` to `after`. */
export function regressions(before: Config, after: Config): string[] {
  const a = statesOf(before);
  const b = statesOf(after);
  const out: string[] = [];
  for (const ref of instancesOf(after)) {
    const i = ref.pool ?? 0;
    // A pool the change list added or removed has no before; only same-position pools compare.
    const was = a[i]?.[ref.id];
    const now = b[i]![ref.id];
    if (was === undefined || was === now) continue;
    if (now === 'broken' || (isSafe(was) && !isSafe(now) && now !== 'disabled')) {
      out.push(`${instanceLabel(after, ref)} becomes ${now} (was ${was})`);
    }
  }
  return out;
}

/** Human text for a change list: `key=value (flag)`, pool-qualified keys as written everywhere. */
export function describeChanges(changes: readonly Change[]): string {
  return changes.map((c) => `${formatTarget(c)}=${formatValue(c.value)} (${c.flag})`).join(' + ');
}

const VERBS: Readonly<Record<ChangeKind, string>> = {
  'became-safe': 'verifies',
  repaired: 'repairs',
  removed: 'removes',
  appeared: 'adds',
  'became-unsafe': 'exposes',
  broke: 'breaks',
  changed: 'changes',
  unchanged: 'leaves',
};

/** The few words that say why a path is broken in a view ("its kubelets self-sign"). */
function brokenCause(id: PathId, view: PoolView): string {
  const rule = matchRule(id, computeFacts(view));
  const first = rule.when[0];
  return first ? ((CONDITIONS[first] as { short?: string }).short ?? '') : '';
}

const nodeCount = (n: number): string => `${n} node${n === 1 ? '' : 's'}`;

/**
 * What going from `before` to `after` does to path kind `id` on each pool, grouped by outcome:
 * "verifies logs/exec on pool bootstrapped (4 nodes); breaks logs/exec on pool legacy (2 nodes):
 * its kubelets self-sign". Empty with one pool or when no pool's state changes.
 */
export function poolImpact(before: Config, after: Config, id: PathId): string {
  if (after.pools.length < 2 || PATH_SPECS[id].multiplicity !== 'per-pool') return '';
  const a = statesOf(before);
  const b = statesOf(after);
  const views = poolViews(after);
  const groups = new Map<string, { verb: string; tail: string; pools: number[] }>();
  let changed = false;
  after.pools.forEach((_, i) => {
    const was = a[i]?.[id] ?? 'disabled';
    const now = b[i]![id];
    const kind = classifyChange(was, now);
    if (kind === 'unchanged' && good(now)) return;
    if (kind !== 'unchanged') changed = true;
    const verb = kind === 'became-safe' && now === 'tunneled' ? 'tunnels' : VERBS[kind];
    const tail =
      kind === 'broke'
        ? `: ${brokenCause(id, views[i]!)}`
        : kind === 'unchanged' || kind === 'changed'
          ? ` ${kind === 'changed' ? `${was} → ` : ''}${now}`
          : '';
    const g = `${verb}|${tail}`;
    const entry = groups.get(g) ?? { verb, tail, pools: [] };
    entry.pools.push(i);
    groups.set(g, entry);
  });
  if (!changed) return '';
  const feature = PATH_SPECS[id].feature;
  return [...groups.values()]
    .map(({ verb, tail, pools }) => {
      const names = pools.map((i) => after.pools[i]!.name).join(', ');
      const nodes = nodeCount(pools.reduce((n, i) => n + after.pools[i]!.nodes, 0));
      const where = pools.length === 1 ? `pool ${names} (${nodes})` : `pools ${names} (${nodes})`;
      // "leaves logs/exec unverified on pool x"; "breaks logs/exec on pool y: cause".
      return tail.startsWith(':') ? `${verb} ${feature} on ${where}${tail}` : `${verb} ${feature}${tail} on ${where}`;
    })
    .join('; ');
}

/** A change set as a Fix of one path instance: its state after, side effects, pools reached, summary. */
export function toFix(config: Config, ref: PathInstanceRef, changes: readonly Change[]): Fix {
  const after = applyChanges(config, changes);
  const state = statesOf(after)[ref.pool ?? 0]![ref.id];
  // A cluster-wide change (or an every-pool kubelet change) reaches every pool: say what it does there.
  const reachesAll = changes.some((c) => c.pool === undefined);
  const impact = reachesAll ? poolImpact(config, after, ref.id) : '';
  return {
    changes,
    state,
    sideEffects: [...changeNotes(config, changes).flat(), ...regressions(config, after)],
    ...(impact ? { pools: impact } : {}),
    summary: `${describeChanges(changes)} → ${state}${impact ? ` (${impact})` : ''}`,
  };
}

/**
 * Fixes for one path instance: the minimal change sets that make it safe (or remove it), and,
 * when it is broken, the single changes that make it work again. Safe paths need none. Kubelet
 * changes are made on the instance's pool only (written `kubelet.X` in a one-pool scenario).
 */
export function fixesFor(config: Config, ref: PathInstanceRef): Fix[] {
  const i = ref.pool ?? 0;
  const view = poolViews(config)[i]!;
  const stateAfter = (v: PoolView) => pathState(ref.id, computeFacts(v));
  if (good(stateAfter(view))) return [];
  const pool = config.pools.length > 1 ? config.pools[i]!.name : undefined;
  const opts = pool === undefined ? {} : { pool };
  const sets = minimalChangeSets(view, (v) => good(stateAfter(v)), MAX_FIX_SIZE, opts);
  if (stateAfter(view) === 'broken') {
    for (const set of minimalChangeSets(view, (v) => stateAfter(v) !== 'broken', 1, opts)) {
      if (!sets.some((s) => s.length === 1 && sameChange(s[0]!, set[0]!))) sets.push(set);
    }
  }
  return sets
    .map((set) => toFix(config, ref, set))
    .sort(
      (a, b) =>
        Number(!good(a.state)) - Number(!good(b.state)) ||
        a.changes.length - b.changes.length ||
        a.sideEffects.length - b.sideEffects.length,
    );
}
