import { POOL_LIMITS, poolNameError, totalNodes, type PoolSize } from './pools';
import type { Config, NodePool, Result } from './types';
import { countOf, formatNumber } from './count';

/** What the checks below read: the pools alone (a component can pass them without the whole config). */
type Pools = { readonly pools: readonly PoolSize[] };

/**
 * The edits the page's pools editor makes, each checked against DOMAIN.md §9 (DNS-label names,
 * unique, 1–20 pools, 1–5,000 nodes in all). A refused edit is a value naming why; the scenario
 * it was asked of is left as it was.
 */


/** The most nodes pool `index` may have with the other pools as they are. */
export function poolNodeMax(config: Pools, index: number): number {
  return POOL_LIMITS.nodes.max - (totalNodes(config) - config.pools[index]!.nodes);
}

/** Why `name` cannot be the name of pool `index` (not a DNS label, or another pool's), or null. */
export function poolRenameError(config: Pools, index: number, name: string): string | null {
  const bad = poolNameError(name);
  if (bad) return bad;
  const other = config.pools.findIndex((p, i) => i !== index && p.name === name);
  return other >= 0 ? `pool ${other + 1} is already named "${name}": pool names are unique` : null;
}

/** The first free name `pool-2`, `pool-3`, … (a new pool's name until the user gives one). */
export function freePoolName(config: Config): string {
  for (let n = config.pools.length + 1; ; n++) {
    const name = `pool-${n}`;
    if (!config.pools.some((p) => p.name === name)) return name;
  }
}

/** Why no pool can be added (20 pools, or 5,000 nodes in all already), or null. */
export function addPoolError(config: Pools): string | null {
  const { pools, nodes } = POOL_LIMITS;
  if (config.pools.length >= pools.max)
    return `a scenario has at most ${pools.max} pools: remove one first`;
  if (totalNodes(config) >= nodes.max) {
    return `${formatNumber(nodes.max)} nodes in all is the limit: make a pool smaller first`;
  }
  return null;
}

/**
 * Adds a pool of 1 node at the end, with the kubelet settings of pool `like` (nodes of a new pool
 * usually start as copies of an existing pool's); its index is the last one.
 */
export function addPool(config: Config, like = 0): Result<Config> {
  const error = addPoolError(config);
  if (error) return { ok: false, error };
  const pool: NodePool = {
    name: freePoolName(config),
    nodes: 1,
    kubelet: config.pools[like]!.kubelet,
  };
  return { ok: true, value: { ...config, pools: [...config.pools, pool] } };
}

/** Renames pool `index`, keeping its nodes and kubelet settings. */
export function renamePool(config: Config, index: number, name: string): Result<Config> {
  const error = poolRenameError(config, index, name);
  if (error) return { ok: false, error };
  return {
    ok: true,
    value: { ...config, pools: config.pools.map((p, i) => (i === index ? { ...p, name } : p)) },
  };
}

/** Sets the node count of pool `index`: a whole number, at least 1, with 5,000 nodes in all at most. */
export function resizePool(config: Config, index: number, nodes: number): Result<Config> {
  const max = poolNodeMax(config, index);
  if (!Number.isInteger(nodes) || nodes < POOL_LIMITS.nodes.min || nodes > max) {
    const others = totalNodes(config) - config.pools[index]!.nodes;
    const why =
      others > 0
        ? ` (the other pools have ${countOf(others, 'node')} of the ${formatNumber(POOL_LIMITS.nodes.max)} in all)`
        : '';
    return {
      ok: false,
      error: `pool ${config.pools[index]!.name} takes a whole number of nodes from ${POOL_LIMITS.nodes.min} to ${formatNumber(max)}${why}`,
    };
  }
  return {
    ok: true,
    value: { ...config, pools: config.pools.map((p, i) => (i === index ? { ...p, nodes } : p)) },
  };
}

/** Moves pool `index` one place earlier (-1) or later (+1); at either end nothing moves. */
export function movePool(config: Config, index: number, by: -1 | 1): Config {
  const to = index + by;
  if (to < 0 || to >= config.pools.length) return config;
  const pools = [...config.pools];
  [pools[index], pools[to]] = [pools[to]!, pools[index]!];
  return { ...config, pools };
}

/** Removes pool `index`; the last pool stays (a scenario has at least one). */
export function removePool(config: Config, index: number): Result<Config> {
  if (config.pools.length <= POOL_LIMITS.pools.min) {
    return {
      ok: false,
      error: 'a scenario keeps at least one pool: add another before removing this one',
    };
  }
  return { ok: true, value: { ...config, pools: config.pools.filter((_, i) => i !== index) } };
}
