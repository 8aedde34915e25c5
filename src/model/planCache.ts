import { planFor, type Plan, type PlanScope } from './plan';
import { memoByConfig } from './memo';
import type { Config } from './types';

const plansOf = memoByConfig((): Map<PlanScope, Plan> => new Map());

/**
 * planFor memoised by config identity and scope: the exact search costs tens of ms, and the plan
 * panel, the export menu and re-renders must not repeat it for a config they have seen.
 */
export function cachedPlan(config: Config, scope: PlanScope = 'cluster'): Plan {
  const byScope = plansOf(config);
  let plan = byScope.get(scope);
  if (!plan) {
    plan = scope === 'cluster' ? planFor(config) : planFor(config, { path: scope });
    byScope.set(scope, plan);
  }
  return plan;
}
