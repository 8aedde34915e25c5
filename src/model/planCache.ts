import { planFor, type Plan, type PlanScope } from './plan';
import type { Config } from './types';

const cache = new WeakMap<Config, Map<PlanScope, Plan>>();

/**
 * planFor memoised by config identity and scope: the exact search costs tens of ms, and the plan
 * panel, the export menu and re-renders must not repeat it for a config they have seen.
 */
export function cachedPlan(config: Config, scope: PlanScope = 'cluster'): Plan {
  let byScope = cache.get(config);
  if (!byScope) cache.set(config, (byScope = new Map()));
  let plan = byScope.get(scope);
  if (!plan) {
    plan = scope === 'cluster' ? planFor(config) : planFor(config, { path: scope });
    byScope.set(scope, plan);
  }
  return plan;
}
