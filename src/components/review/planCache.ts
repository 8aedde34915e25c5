import { planFor, type Plan, type PlanScope } from '../../model/plan';
import type { Config, PathId } from '../../model/types';

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
    if (scope === 'cluster') plan = planFor(config);
    else {
      const at = scope.indexOf('@');
      plan =
        at < 0
          ? planFor(config, { path: scope as PathId })
          : planFor(config, { path: scope.slice(0, at) as PathId, pool: scope.slice(at + 1) });
    }
    byScope.set(scope, plan);
  }
  return plan;
}
