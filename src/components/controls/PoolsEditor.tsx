import { useEffect, useId, useRef, useState } from 'react';
import { addPool, addPoolError } from '../../model/poolEdits';
import { POOL_LIMITS, totalNodes } from '../../model/pools';
import { selectEditingPool, selectPoolSizes } from '../../state/selectors';
import { useStore, useStoreApi } from '../../state/useStore';
import { PoolDetail } from './PoolDetail';
import { countOf, formatNumber } from '../../model/count';


/** Where focus goes after an edit that removes or adds the focused control's context. */
type PendingFocus = 'name' | 'list' | null;

/**
 * The node pools: pick the pool the node-count and kubelet controls edit (or every pool), add a
 * pool, and rename, resize, move or remove the picked one. Every action works by keyboard, and
 * focus stays in the editor when the control it was on goes away.
 */
export function PoolsEditor() {
  const id = useId();
  // The pools alone: a cluster-wide edit (a flag) does not re-render the editor.
  const pools = useStore(selectPoolSizes);
  const api = useStoreApi();
  const editing = useStore(selectEditingPool);
  const setEditing = useStore((s) => s.setEditingPool);
  const editPools = useStore((s) => s.editPools);
  const [status, setStatus] = useState<{ readonly text: string; readonly error: boolean } | null>(
    null,
  );
  const root = useRef<HTMLDivElement>(null);
  const pending = useRef<PendingFocus>(null);
  const total = totalNodes({ pools });
  const cannotAdd = addPoolError({ pools });

  // After every render: a pending focus move lands on the control that now exists.
  useEffect(() => {
    const want = pending.current;
    if (!want || !root.current) return;
    pending.current = null;
    if (want === 'name') {
      const name = root.current.querySelector<HTMLInputElement>('[data-pool-field="name"]');
      name?.focus();
      name?.select();
    } else root.current.querySelector<HTMLInputElement>('.pool-choices input:checked')?.focus();
  });

  const add = () => {
    // The new pool starts as a copy of the pool being edited (the first pool's when every pool is).
    const r = addPool(api.getState().config, editing ?? 0);
    if (!r.ok) {
      setStatus({ text: `Cannot add a pool: ${r.error}.`, error: true });
      return;
    }
    pending.current = 'name';
    editPools({ config: r.value, edit: r.value.pools[r.value.pools.length - 1]!.name });
    setStatus({ text: 'Added a pool of 1 node: name it below.', error: false });
  };
  const onRemoved = (text: string) => {
    pending.current = 'list';
    setStatus({ text, error: false });
  };

  return (
    <div className="pools-editor" ref={root} data-testid="pools-editor">
      <fieldset className="control pool-list" aria-describedby={`${id}-limits`}>
        <legend className="control-label">Node pools</legend>
        <p id={`${id}-limits`} className="control-help">
          {countOf(pools.length, 'pool')}, {countOf(total, 'node')} in all (at most{' '}
          {POOL_LIMITS.pools.max} pools and {formatNumber(POOL_LIMITS.nodes.max)} nodes).
          Every node of a pool runs the same kubelet settings.
        </p>
        <ul className="pool-choices" aria-label={pools.length > 1 ? 'Pool to edit' : undefined}>
          {pools.length > 1 ? (
            <li className="pool-choice" data-pool-choice="every">
              <label>
                <input
                  type="radio"
                  name={`${id}-pool`}
                  checked={editing === null}
                  onChange={() => setEditing(null)}
                />
                every pool
              </label>
            </li>
          ) : null}
          {pools.map((p, i) => (
            <li key={p.name} className="pool-choice" data-pool-choice={p.name}>
              <label>
                <input
                  type="radio"
                  name={`${id}-pool`}
                  checked={editing === i}
                  onChange={() => setEditing(p.name)}
                />
                <span className="pool-name">{p.name}</span>
                <span className="pool-count"> · {countOf(p.nodes, 'node')}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="pool-add">
        <button
          type="button"
          className="button-small"
          aria-disabled={cannotAdd ? true : undefined}
          aria-describedby={cannotAdd ? `${id}-add-why` : undefined}
          onClick={add}
        >
          <span aria-hidden="true">+ </span>Add a pool
        </button>
        {cannotAdd ? (
          <span id={`${id}-add-why`} className="control-help">
            {' '}
            ({cannotAdd})
          </span>
        ) : null}
      </div>
      <p
        className={status?.error ? 'control-error' : 'control-help'}
        role={status?.error ? 'alert' : 'status'}
      >
        {status?.text ?? ''}
      </p>
      {editing === null ? (
        <p className="control-help">
          Pick a pool to rename, resize, move or remove it. The kubelet settings below apply to
          every pool.
        </p>
      ) : (
        <PoolDetail index={editing} onRemoved={onRemoved} />
      )}
    </div>
  );
}
