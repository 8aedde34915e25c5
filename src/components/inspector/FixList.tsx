import { useId } from 'react';
import type { Fix } from '../../model/fixes';
import { formatTarget, formatValue } from '../../model/config';
import { applyChanges } from '../../model/search';
import type { PathId, PathState } from '../../model/types';
import { useStore, useStoreApi } from '../../state/useStore';
import { StateBadge } from '../StateBadge';

interface Props {
  readonly id: PathId;
  readonly fixes: readonly Fix[];
  readonly state: PathState;
}

/** The fixes of a path, each applied in one click as one undoable step. */
export function FixList({ id, fixes, state }: Props) {
  const replaceConfig = useStore((s) => s.replaceConfig);
  const notify = useStore((s) => s.notify);
  const store = useStoreApi();
  // Unique per list: the inspector shows several (the path's fixes, and one per attacker position).
  const uid = useId();
  if (fixes.length === 0) {
    return (
      <p className="muted">
        {state === 'disabled'
          ? 'Nothing to fix: the path does not exist.'
          : 'None needed: the path is safe.'}
      </p>
    );
  }
  const apply = (fix: Fix) => {
    const next = applyChanges(store.getState().config, fix.changes);
    replaceConfig(next, 'fix');
    notify({
      id: 'fix-applied',
      tone: 'info',
      text: `Applied to ${id}: ${fix.summary}. “Undo last preset or fix” reverts it.`,
    });
  };
  return (
    <ol className="fixes">
      {fixes.map((f, i) => (
        <li key={f.summary} className="fix" data-fix-state={f.state}>
          <div className="fix-head">
            <span id={`${uid}-fix-${i}-label`}>
              Fix {i + 1}: gives <StateBadge state={f.state} />
            </span>
            <button
              type="button"
              className="button-primary"
              aria-describedby={`${uid}-fix-${i}-changes`}
              onClick={() => apply(f)}
            >
              Apply
            </button>
          </div>
          <ul id={`${uid}-fix-${i}-changes`} className="fix-changes">
            {f.changes.map((c) => (
              <li key={formatTarget(c)}>
                <code>{c.flag}</code> → <code>{formatValue(c.value)}</code>{' '}
                <span className="muted">({formatTarget(c)})</span>
              </li>
            ))}
          </ul>
          {f.pools ? (
            <p className="fix-pools" data-testid="fix-pools">
              <span className="fix-pools-label">On each pool: </span>
              {f.pools}
            </p>
          ) : null}
          {f.sideEffects.length ? (
            <ul className="side-effects" aria-label="Side effects">
              {f.sideEffects.map((s) => (
                <li key={s}>
                  <span aria-hidden="true">⚠ </span>
                  {s}
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
