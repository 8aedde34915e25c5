import { ClampedNumberField } from './ClampedNumberField';
import { PoolNameField } from './PoolNameField';
import { movePool, poolNodeMax, removePool, renamePool, resizePool } from '../../model/poolEdits';
import { POOL_LIMITS } from '../../model/pools';
import { selectPoolSizes } from '../../state/selectors';
import { useStore, useStoreApi } from '../../state/useStore';
import { countOf, formatNumber } from '../../model/count';

interface Props {
  /** The pool edited, by index. */
  readonly index: number;
  /** Called with what to announce once the pool is removed. */
  onRemoved(text: string): void;
}


/** The picked pool: its name, its node count (the node-count control), its place, and removal. */
export function PoolDetail({ index, onRemoved }: Props) {
  // The pools alone: a cluster-wide edit (a flag) does not re-render the editor. Handlers read
  // the whole config when they run.
  const pools = useStore(selectPoolSizes);
  const editPools = useStore((s) => s.editPools);
  const api = useStoreApi();
  const config = () => api.getState().config;
  const pool = pools[index]!;
  const several = pools.length > 1;
  const max = poolNodeMax({ pools }, index);
  const { min } = POOL_LIMITS.nodes;
  const others = POOL_LIMITS.nodes.max - max;
  const onNodes = (n: number) => {
    const r = resizePool(config(), index, n);
    if (r.ok) editPools({ config: r.value });
  };
  const onRemove = () => {
    const r = removePool(config(), index);
    if (r.ok) editPools({ config: r.value, undoable: true });
    onRemoved(
      !r.ok
        ? `Cannot remove pool ${pool.name}: ${r.error}.`
        : `Removed pool ${pool.name} (${countOf(pool.nodes, 'node')}); “Undo last preset or fix” brings it back with its settings.`,
    );
  };
  const first = index === 0;
  const last = index === pools.length - 1;

  return (
    <div className="pool-detail" data-testid="pool-detail" data-pool={pool.name}>
      <PoolNameField
        id="ctl-pool-name"
        label="Pool name"
        config={{ pools }}
        index={index}
        onRename={(name) => {
          const r = renamePool(config(), index, name);
          if (r.ok) editPools({ config: r.value, renamed: { from: pool.name, to: name } });
        }}
      />
      <ClampedNumberField
        id="ctl-pool-nodes"
        label={`Number of nodes in pool ${pool.name} (${min}–${formatNumber(max)})`}
        value={pool.nodes}
        min={min}
        max={max}
        owner={pool.name}
        why={
          others > 0
            ? ` (the other pools have ${formatNumber(others)} of the ${formatNumber(POOL_LIMITS.nodes.max)} nodes)`
            : ''
        }
        onValue={onNodes}
      />
      {several ? (
        <div className="pool-actions" role="group" aria-label={`Pool ${pool.name}`}>
          {/* aria-disabled, not disabled: a button that disables itself would drop the keyboard focus. */}
          <button
            type="button"
            className="button-small"
            aria-disabled={first ? true : undefined}
            aria-label={`Move pool ${pool.name} up`}
            onClick={() => editPools({ config: movePool(config(), index, -1) })}
          >
            <span aria-hidden="true">↑ Up</span>
          </button>
          <button
            type="button"
            className="button-small"
            aria-disabled={last ? true : undefined}
            aria-label={`Move pool ${pool.name} down`}
            onClick={() => editPools({ config: movePool(config(), index, 1) })}
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
