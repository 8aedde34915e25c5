import { PATH_SPECS } from './paths';
import { PATH_IDS, type Config, type PathId } from './types';

/** One path instance of a scenario: a path kind on one pool, or the single control-plane path. */
export interface PathInstanceRef {
  readonly id: PathId;
  /** Pool index; absent for the path that stays inside the control plane. */
  readonly pool?: number;
}

/** True for the path kinds drawn once per pool (all but apiserver → konnectivity-server). */
export const isPerPool = (id: PathId): boolean => PATH_SPECS[id].multiplicity === 'per-pool';

/** Every path instance of a scenario, path kind by path kind, each kind's pools in pool order. */
export function instancesOf(config: Config): PathInstanceRef[] {
  const out: PathInstanceRef[] = [];
  for (const id of PATH_IDS) {
    if (!isPerPool(id)) out.push({ id });
    else for (let pool = 0; pool < config.pools.length; pool++) out.push({ id, pool });
  }
  return out;
}

/**
 * How reports and plans name an instance: the bare path id in a one-pool scenario (today's
 * reports), `apiserver-kubelet@legacy` when there are several pools.
 */
export function instanceLabel(config: Config, ref: PathInstanceRef): string {
  return ref.pool === undefined || config.pools.length === 1 ? ref.id : `${ref.id}@${config.pools[ref.pool]!.name}`;
}

/** "pool legacy (2 nodes)". */
export function poolPhrase(config: Config, pool: number): string {
  const p = config.pools[pool]!;
  return `pool ${p.name} (${p.nodes} node${p.nodes === 1 ? '' : 's'})`;
}
