import { DEFAULT_POOL } from './defaults';
import type { PoolSize } from './pools';

/**
 * Name of node `i` (0-based) of pool `pool`: `node-3` in a one-pool `default` scenario (today's
 * links name nodes so), `gpu-2` otherwise.
 */
export function nodeLabelOf(pools: readonly PoolSize[], pool: number, i: number): string {
  const p = pools[pool]!;
  return pools.length === 1 && p.name === DEFAULT_POOL ? `node-${i + 1}` : `${p.name}-${i + 1}`;
}
