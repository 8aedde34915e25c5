import { isPerPool, type PathInstanceRef } from '../model/instances';
import type { PoolSize } from '../model/pools';
import { buildTopology, instanceKey as keyOf, poolOfKey as poolOfTopologyKey } from '../model/topology';
import type { Selection } from './store';

/**
 * The one place outside the diagram that turns a path instance named by pool index into the key
 * the diagram draws it under (`apiserver-kubelet@legacy`: one card per pool) and back. Everything
 * else names instances by pool index or name.
 */

/** The key of a path instance: a per-pool path kind on pool `ref.pool`, or the control plane's own path. */
export function instanceKey(pools: readonly PoolSize[], ref: PathInstanceRef): string {
  return keyOf(ref.id, isPerPool(ref.id) ? pools[ref.pool ?? 0]?.name : undefined);
}

/** The pool index of a drawn path instance key (0 for the control plane's own path). */
export const poolOfKey = (pools: readonly PoolSize[], key: string): number =>
  poolOfTopologyKey(pools, key) ?? 0;

/** The pool of the selected path instance, by index; undefined without a per-pool path selected. */
export function selectedPoolOf(
  pools: readonly PoolSize[],
  selection: Selection,
): number | undefined {
  return selection?.kind === 'path' && isPerPool(selection.id)
    ? poolOfKey(pools, selection.key)
    : undefined;
}

/**
 * The selection once the pools changed from `before` to `after`: a path instance follows its
 * pool by name (through renames when `renamed` maps the old name to the new), and is dropped when
 * the pool is gone; a pool's component likewise.
 */
export function carrySelection(
  before: readonly PoolSize[],
  after: readonly PoolSize[],
  selection: Selection,
  renamed?: { readonly from: string; readonly to: string },
): Selection {
  if (!selection || before === after) return selection;
  if (selection.kind === 'component') {
    const at = selection.id.lastIndexOf('@');
    if (at < 0) return selection;
    const name = selection.id.slice(at + 1);
    const id = renamed && name === renamed.from ? `${selection.id.slice(0, at)}@${renamed.to}` : selection.id;
    if (!buildTopology(after, 1).components.some((c) => c.id === id)) return null;
    return id === selection.id ? selection : { ...selection, id };
  }
  if (!isPerPool(selection.id)) return selection;
  const name = before[poolOfKey(before, selection.key)]?.name;
  const wanted = renamed && name === renamed.from ? renamed.to : name;
  const pool = after.findIndex((p) => p.name === wanted);
  if (pool < 0) return null;
  const key = instanceKey(after, { id: selection.id, pool });
  return key === selection.key ? selection : { ...selection, key };
}
