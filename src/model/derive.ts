import { memoByConfig } from './memo';
import { poolViews } from './pools';
import { pathStates } from './rules';
import type { PathId, PathState } from './types';

/** Path states per pool (index = pool index): the single control-plane path has the same state in each. */
export type PoolStates = readonly Readonly<Record<PathId, PathState>>[];

/**
 * Path states of a scenario, pool by pool, memoised by scenario identity: every path element can
 * select its own state from the store without re-running the rules. Pools with the same kubelet
 * settings share one evaluation.
 */
export const statesOf = memoByConfig((config): PoolStates => {
  const seen = new Map<object, Readonly<Record<PathId, PathState>>>();
  return poolViews(config).map((v) => {
    let states = seen.get(v.kubelet);
    if (!states) seen.set(v.kubelet, (states = pathStates(v)));
    return states;
  });
});
