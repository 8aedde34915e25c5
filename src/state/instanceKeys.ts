import { isPerPool, type PathInstanceRef } from '../model/instances';
import type { PoolSize } from '../model/pools';
import { buildTopology, poolOfInstanceKey } from '../model/topology';
import type { Selection } from './store';

/**
 * The one place outside the diagram that knows how a drawn path instance's key is spelled. Today
 * the diagram draws every node (`apiserver-kubelet@node-1`, `apiserver-kubelet@legacy-1`); once it
 * draws one card per pool (`apiserver-kubelet@legacy`) only `instanceKey` and `poolOfKey` change.
 * Everything else names instances by pool index or name.
 */

/** The key of a path instance: a per-pool path kind on pool `ref.pool`, or the control plane's own path. */
export function instanceKey(pools: readonly PoolSize[], ref: PathInstanceRef): string {
  // One node per pool: the pool's first node stands for the pool (its nodes are identical).
  const topology = buildTopology(
    pools.map((p) => ({ name: p.name, nodes: 1 })),
    1,
  );
  const pool = isPerPool(ref.id) ? (ref.pool ?? 0) : undefined;
  return topology.paths.find((p) => p.id === ref.id && p.pool === pool)!.key;
}

/** The pool index of a drawn path instance key (0 for the control plane's own path). */
export const poolOfKey = (pools: readonly PoolSize[], key: string): number =>
  poolOfInstanceKey(pools, key);

/** The pool of the selected path instance, by index; undefined without a per-pool path selected. */
export function selectedPoolOf(
  pools: readonly PoolSize[],
  selection: Selection,
): number | undefined {
  return selection?.kind === 'path' && isPerPool(selection.id)
    ? poolOfKey(pools, selection.key)
    : undefined;
}

/** Node number at the end of a per-node key (`…@legacy-3` → 3): goes with per-node keys. */
const nodeNumber = (key: string): number => Number(/-(\d+)$/.exec(key)?.[1] ?? 1);

/**
 * The selection once the pools changed from `before` to `after`: a path instance follows its
 * pool by name (through renames when `renamed` maps the old name to the new), and is dropped when
 * the pool is gone; a node's component is dropped when its node is gone.
 */
export function carrySelection(
  before: readonly PoolSize[],
  after: readonly PoolSize[],
  selection: Selection,
  renamed?: { readonly from: string; readonly to: string },
): Selection {
  if (!selection || before === after) return selection;
  if (selection.kind === 'component') {
    if (!selection.id.includes('@')) return selection;
    return buildTopology(after, 1).components.some((c) => c.id === selection.id) ? selection : null;
  }
  if (!isPerPool(selection.id)) return selection;
  const name = before[poolOfKey(before, selection.key)]?.name;
  const wanted = renamed && name === renamed.from ? renamed.to : name;
  const pool = after.findIndex((p) => p.name === wanted);
  if (pool < 0) return null;
  const first = instanceKey(after, { id: selection.id, pool });
  const same =
    first === instanceKey(before, { id: selection.id, pool: poolOfKey(before, selection.key) });
  // The same pool under the same spelling: stay on the node selected while it still exists.
  const key = same && nodeNumber(selection.key) <= after[pool]!.nodes ? selection.key : first;
  return key === selection.key ? selection : { ...selection, key };
}
