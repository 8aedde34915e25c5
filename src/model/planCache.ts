import { planFor, type Plan, type PlanScope } from './plan';
import { memoByConfig } from './memo';
import type { Config, PathId } from './types';

const plansOf = memoByConfig((): Map<PlanScope, Plan> => new Map());

/**
 * planFor memoised by config identity and scope: the exact search costs tens of ms, and the plan
 * panel, the export menu and re-renders must not repeat it for a config they have seen.
 */
export function cachedPlan(config: Config, scope: PlanScope = 'cluster'): Plan {
  const byScope = plansOf(config);
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
