import { FINDING_SPECS, type FindingId } from './findings';
import { describeChanges, regressions } from './fixes';
import { PLAN_VALUES } from './plan';
import { sameValue } from './config';
import { scenarioOfView } from './pools';
import { applyToView, minimalChangeSets, type Change } from './search';
import { changeNotes } from './sideEffects';
import type { PoolView } from './types';

/** A set of changes after which a finding no longer holds, with what else it does. */
export interface FindingFix {
  readonly changes: readonly Change[];
  readonly sideEffects: readonly string[];
  readonly summary: string;
}

/** Largest change set tried for a finding. */
const MAX_FINDING_FIX_SIZE = 2;
/** Fixes listed per finding. */
const MAX_FINDING_FIXES = 3;

/**
 * A change that weakens something a plan would harden (turning Konnectivity off, dropping
 * --kubelet-certificate-authority): it can clear a finding, but is offered only after the rest.
 */
const weakens = (c: Change): boolean => {
  const protective = PLAN_VALUES.find(([key]) => key === c.key)?.[1];
  return protective !== undefined && !protective.some((v) => sameValue(v, c.value));
};

/**
 * Fixes for one finding under a config: the minimal change sets that clear it without breaking
 * or exposing any path (so `--kubelet-certificate-authority` comes with CA-signed kubelet
 * certificates), or, when no such set exists, the minimal sets that clear it, side effects named.
 * Hardening changes come before weakening ones, then fewer changes first. Empty when the finding
 * does not hold.
 */
export function findingFixes(id: FindingId, config: PoolView): FindingFix[] {
  const spec = FINDING_SPECS.find((f) => f.id === id);
  if (!spec) throw new Error(`unknown finding ${JSON.stringify(id)}`);
  if (!spec.when(config)) return [];
  const clears = (c: PoolView) => !spec.when(c);
  const worse = (after: PoolView) => regressions(scenarioOfView(config), scenarioOfView(after));
  let sets = minimalChangeSets(config, (c) => clears(c) && worse(c).length === 0, MAX_FINDING_FIX_SIZE);
  if (sets.length === 0) sets = minimalChangeSets(config, clears, MAX_FINDING_FIX_SIZE);
  return sets
    .map((changes) => ({
      changes,
      sideEffects: [
        ...changeNotes(scenarioOfView(config), changes).flat(),
        ...worse(applyToView(config, changes)),
      ],
      summary: describeChanges(changes),
    }))
    .sort(
      (a, b) =>
        Number(a.changes.some(weakens)) - Number(b.changes.some(weakens)) ||
        a.changes.length - b.changes.length,
    )
    .slice(0, MAX_FINDING_FIXES);
}
