import type { Position } from './attackers';
import { pathExposures } from './exposures';
import { MAX_FIX_SIZE, regressions, toFix, type Fix } from './fixes';
import type { PathInstanceRef } from './instances';
import { poolViews } from './pools';
import { computeFacts, pathState } from './rules';
import { applyChanges, minimalChangeSets } from './search';
import type { Config, PoolView } from './types';

/** True when `position` can exploit path kind `id` in a pool's view (present or not: `link` counts on a trusted network too). */
function exploits(view: PoolView, id: PathInstanceRef['id'], position: Position): boolean {
  const facts = computeFacts(view);
  return pathExposures(id, pathState(id, facts), facts).some((e) => e.position === position);
}

/**
 * The fixes that take one path instance away from one attacker position: the minimal change sets
 * (up to MAX_FIX_SIZE changes, kubelet changes on the instance's pool) after which the position no
 * longer exploits the instance and the instance is not broken. Sets that make no other path worse
 * come first, then fewer changes, then fewer side effects. Empty when the position cannot exploit
 * the instance, or when no such set exists (the proxies' last leg: no flag verifies it).
 */
export function exposureFixes(config: Config, ref: PathInstanceRef, position: Position): Fix[] {
  const i = ref.pool ?? 0;
  const view = poolViews(config)[i]!;
  if (!exploits(view, ref.id, position)) return [];
  const pool = config.pools.length > 1 ? config.pools[i]!.name : undefined;
  const takenAway = (v: PoolView) =>
    !exploits(v, ref.id, position) && pathState(ref.id, computeFacts(v)) !== 'broken';
  const sets = minimalChangeSets(view, takenAway, MAX_FIX_SIZE, pool === undefined ? {} : { pool });
  return sets
    .map((set) => ({
      fix: toFix(config, ref, set),
      worse: regressions(config, applyChanges(config, set)).length,
    }))
    .sort(
      (a, b) =>
        Number(a.worse > 0) - Number(b.worse > 0) ||
        a.fix.changes.length - b.fix.changes.length ||
        a.fix.sideEffects.length - b.fix.sideEffects.length,
    )
    .map((f) => f.fix);
}
