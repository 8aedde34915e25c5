import { useMemo, useState } from 'react';
import { formatTarget, formatValue } from '../../model/config';
import { applyPlan, type PlanFound, type PlanScope } from '../../model/plan';
import { PATH_SPECS } from '../../model/paths';
import { statesOf } from '../../model/derive';
import type { PoolStates } from '../../model/derive';
import { instanceLabel, instancesOf, type PathInstanceRef } from '../../model/instances';
import type { Config } from '../../model/types';
import { selectConfig, selectSelectedPool, selectSelection } from '../../state/selectors';
import { useStore } from '../../state/useStore';
import { StateBadge } from '../StateBadge';
import { cachedPlan } from '../../model/planCache';
import { SnippetBlock } from './SnippetBlock';
import { AttackerChanges } from '../attacker/AttackerChanges';

/** Where a step is made, with several pools: "on pool legacy", "on every pool", "cluster-wide". */
function stepWhere(plan: PlanFound, i: number, config: Config): string | null {
  if (config.pools.length < 2) return null;
  const s = plan.steps[i]!;
  if (s.pools.length === 0) return 'cluster-wide';
  if (s.pools.length === config.pools.length) return `on every pool (${config.pools.length})`;
  return `on pool${s.pools.length === 1 ? '' : 's'} ${s.pools.join(', ')}`;
}

function PlanSteps({ plan, config }: { readonly plan: PlanFound; readonly config: Config }) {
  return (
    <ol className="plan-steps" aria-label="Plan steps, in the order to apply them">
      {plan.steps.map((s, i) => {
        const where = stepWhere(plan, i, config);
        return (
        <li key={formatTarget(s)} className="plan-step" data-key={formatTarget(s)} data-pools={s.pools.join(',') || undefined}>
          <div className="plan-step-head">
            <input type="checkbox" aria-label={`Done: ${s.flag}${where ? ` ${where}` : ''}`} />
            <code className="plan-flag">{s.flag}</code>
            <span aria-hidden="true">→</span>
            <code className="plan-value">{formatValue(s.value)}</code>
            {where ? <span className="plan-where">{where}</span> : null}
          </div>
          <p className="plan-why">
            <span className="muted">{formatTarget(s)}: </span>
            {s.why}
          </p>
          {s.sideEffects.length > 0 && (
            <ul className="side-effects" aria-label="Side effects">
              {s.sideEffects.map((e) => (
                <li key={e}>
                  <span aria-hidden="true">⚠ </span>
                  {e}
                </li>
              ))}
            </ul>
          )}
        </li>
        );
      })}
    </ol>
  );
}

/** Paths whose state the plan changes, as before → after badges. */
function PlanOutcome({ plan, config }: { readonly plan: PlanFound; readonly config: Config }) {
  const before = statesOf(config);
  const refs = instancesOf(config);
  const at = (states: PoolStates, r: PathInstanceRef) => states[r.pool ?? 0]![r.id];
  const moved = refs.filter((r) => at(before, r) !== at(plan.after, r));
  return (
    <details className="plan-outcome">
      <summary>
        After the plan ({moved.length === 1 ? '1 path changes' : `${moved.length} paths change`})
      </summary>
      <ul>
        {refs.map((r) => (
          <li key={instanceLabel(config, r)} data-path={r.id} {...(r.pool === undefined ? {} : { 'data-pool': config.pools[r.pool]!.name })}>
            {PATH_SPECS[r.id].label}
            {r.pool !== undefined && config.pools.length > 1 ? ` on pool ${config.pools[r.pool]!.name}` : ''}:{' '}
            <StateBadge state={at(before, r)} />
            {at(before, r) !== at(plan.after, r) && (
              <>
                {' '}
                <span aria-label="becomes">→</span> <StateBadge state={at(plan.after, r)} />
              </>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** "Make it safe": the smallest protective plan for the cluster or the selected path, applied in one step. */
export function PlanPanel() {
  const config = useStore(selectConfig);
  const selection = useStore(selectSelection);
  const replaceConfig = useStore((s) => s.replaceConfig);
  const notify = useStore((s) => s.notify);
  const selectedPath = selection?.kind === 'path' ? selection.id : null;
  const poolIndex = useStore(selectSelectedPool);
  const selectedPool = poolIndex !== undefined && config.pools.length > 1 ? config.pools[poolIndex]!.name : null;
  const [wantPath, setWantPath] = useState(true);
  const scope: PlanScope =
    selectedPath && wantPath ? (selectedPool ? `${selectedPath}@${selectedPool}` : selectedPath) : 'cluster';
  // Computed only while this panel is mounted (open), memoised per config and scope.
  const plan = useMemo(() => cachedPlan(config, scope), [config, scope]);
  const selectedWhat = selectedPath
    ? `${PATH_SPECS[selectedPath].label}${selectedPool ? ` on pool ${selectedPool}` : ''}`
    : '';
  const what = scope === 'cluster' ? 'every path' : selectedWhat;

  const apply = () => {
    if (!plan.ok || plan.steps.length === 0) return;
    const next = applyPlan(config, plan);
    replaceConfig(next, 'plan');
    notify({
      id: 'plan-applied',
      tone: 'info',
      text: `Applied the plan for ${what} (${plan.size} change${plan.size === 1 ? '' : 's'}). “Undo last preset or fix” reverts it.`,
    });
  };

  return (
    <div className="plan-panel" data-testid="plan-panel" data-scope={scope}>
      {selectedPath && (
        <fieldset className="plan-scope">
          <legend>Plan for</legend>
          <label>
            <input type="radio" name="plan-scope" checked={scope === 'cluster'} onChange={() => setWantPath(false)} />
            every path of the cluster
          </label>
          <label>
            <input type="radio" name="plan-scope" checked={scope !== 'cluster'} onChange={() => setWantPath(true)} />
            the selected path only: {selectedWhat}
          </label>
        </fieldset>
      )}
      {!plan.ok ? (
        <p className="plan-none" data-testid="plan-status" data-plan="none">
          <span aria-hidden="true">✖ </span>No plan: {plan.error}.
        </p>
      ) : plan.steps.length === 0 ? (
        <p className="plan-safe" data-testid="plan-status" data-plan="safe">
          <span aria-hidden="true">✓ </span>Already safe: {what}{' '}
          {scope === 'cluster' ? 'is secure, tunneled or disabled, and none is broken' : 'is secure, tunneled or disabled'}.
          Nothing to change.
        </p>
      ) : (
        <>
          <div className="plan-head">
            <p data-testid="plan-status" data-plan="steps">
              <strong>
                {plan.size} change{plan.size === 1 ? '' : 's'}
              </strong>
              {plan.size !== plan.steps.length ? ` (a change on each pool it touches; ${plan.steps.length} step${plan.steps.length === 1 ? '' : 's'})` : ''}{' '}
              {plan.size === 1 ? 'makes' : 'make'} {what} safe (secure, tunneled or disabled{scope === 'cluster' ? ', none broken' : ''}). The smallest
              such set; it never changes the version or the network.
            </p>
            <button type="button" className="button-primary" onClick={apply}>
              Apply the plan
            </button>
          </div>
          {plan.regressions.length > 0 && (
            <p className="plan-regressions">
              <span aria-hidden="true">⚠ </span>Also makes worse: {plan.regressions.join('; ')}
            </p>
          )}
          <AttackerChanges lead="For attackers, after the plan:" text={plan.positions} />
          <PlanSteps plan={plan} config={config} />
          <PlanOutcome plan={plan} config={config} />
          {plan.snippets.length > 0 && (
            <section className="plan-snippets" aria-label="Configuration snippets">
              <h3>Snippets</h3>
              {plan.snippets.map((s) => (
                <SnippetBlock key={`${s.id}:${s.pools?.join(',') ?? ''}`} snippet={s} />
              ))}
            </section>
          )}
        </>
      )}
    </div>
  );
}
