import { useState } from 'react';
import { PoolNameField } from './PoolNameField';
import { movePool, poolNodeMax, removePool, renamePool, resizePool } from '../../model/poolEdits';
import { POOL_LIMITS } from '../../model/pools';
import { selectConfig } from '../../state/selectors';
import { useStore } from '../../state/useStore';

interface Props {
  /** The pool edited, by index. */
  readonly index: number;
  /** Called with what to announce once the pool is removed. */
  onRemoved(text: string): void;
}

/** A typed text that was not applied, kept with its message until the stored value changes. */
interface Draft {
  readonly text: string;
  readonly base: string;
  readonly msg: string;
}

const fmt = (n: number) => n.toLocaleString('en');

/** The picked pool: its name, its node count (the node-count control), its place, and removal. */
export function PoolDetail({ index, onRemoved }: Props) {
  const config = useStore(selectConfig);
  const editPools = useStore((s) => s.editPools);
  const pool = config.pools[index]!;
  const several = config.pools.length > 1;
  const max = poolNodeMax(config, index);
  const { min } = POOL_LIMITS.nodes;
  const [typedNodes, setTypedNodes] = useState<Draft | null>(null);
  // A draft is for the count it was typed over: once the store changes (undo, preset), it goes.
  const nodesDraft =
    typedNodes && typedNodes.base === `${pool.name}:${pool.nodes}` ? typedNodes : null;
  const nodesId = 'ctl-pool-nodes';

  const onNodes = (text: string) => {
    const n = Number(text);
    const base = `${pool.name}:${pool.nodes}`;
    if (text.trim() === '' || !Number.isInteger(n)) {
      setTypedNodes({
        text,
        base,
        msg: `Enter a whole number from ${min} to ${fmt(max)}; ${fmt(pool.nodes)} still applies.`,
      });
      return;
    }
    const clamped = Math.min(max, Math.max(min, n));
    const r = resizePool(config, index, clamped);
    if (r.ok && clamped !== pool.nodes) editPools({ config: r.value });
    setTypedNodes(
      clamped === n
        ? null
        : {
            text,
            base: `${pool.name}:${clamped}`,
            msg: `${n} is outside ${min}–${fmt(max)}${max < POOL_LIMITS.nodes.max ? ` (the other pools have ${fmt(POOL_LIMITS.nodes.max - max)} of the ${fmt(POOL_LIMITS.nodes.max)} nodes)` : ''}: using ${clamped}.`,
          },
    );
  };
  const onRemove = () => {
    const r = removePool(config, index);
    if (r.ok) editPools({ config: r.value, undoable: true });
    onRemoved(
      !r.ok
        ? `Cannot remove pool ${pool.name}: ${r.error}.`
        : `Removed pool ${pool.name} (${fmt(pool.nodes)} node${pool.nodes === 1 ? '' : 's'}); “Undo last preset or fix” brings it back with its settings.`,
    );
  };
  const first = index === 0;
  const last = index === config.pools.length - 1;

  return (
    <div className="pool-detail" data-testid="pool-detail" data-pool={pool.name}>
      <PoolNameField
        id="ctl-pool-name"
        label="Pool name"
        config={config}
        index={index}
        onRename={(name) => {
          const r = renamePool(config, index, name);
          if (r.ok) editPools({ config: r.value, renamed: { from: pool.name, to: name } });
        }}
      />
      <div className="control">
        <label htmlFor={nodesId} className="control-label">
          Number of nodes in pool {pool.name} ({min}–{fmt(max)})
        </label>
        <input
          id={nodesId}
          type="number"
          className="input-number"
          min={min}
          max={max}
          step={1}
          value={nodesDraft?.text ?? String(pool.nodes)}
          aria-invalid={nodesDraft ? true : undefined}
          aria-describedby={nodesDraft ? `${nodesId}-msg` : undefined}
          onChange={(e) => onNodes(e.currentTarget.value)}
        />
        {nodesDraft ? (
          <p id={`${nodesId}-msg`} className="control-error" role="alert">
            {nodesDraft.msg}
          </p>
        ) : null}
      </div>
      {several ? (
        <div className="pool-actions" role="group" aria-label={`Pool ${pool.name}`}>
          {/* aria-disabled, not disabled: a button that disables itself would drop the keyboard focus. */}
          <button
            type="button"
            className="button-small"
            aria-disabled={first ? true : undefined}
            aria-label={`Move pool ${pool.name} up`}
            onClick={() => editPools({ config: movePool(config, index, -1) })}
          >
            <span aria-hidden="true">↑ Up</span>
          </button>
          <button
            type="button"
            className="button-small"
            aria-disabled={last ? true : undefined}
            aria-label={`Move pool ${pool.name} down`}
            onClick={() => editPools({ config: movePool(config, index, 1) })}
          >
            <span aria-hidden="true">↓ Down</span>
          </button>
          <button type="button" className="button-small pool-remove" onClick={onRemove}>
            Remove pool {pool.name}
          </button>
        </div>
      ) : null}
    </div>
  );
}
