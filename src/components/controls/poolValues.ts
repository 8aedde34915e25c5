import { formatValue, kubeletValues, type ConfigValue, type KubeletKey } from '../../model/config';
import type { Config } from '../../model/types';

/** One value of a kubelet key and the pools that have it. */
export interface ValueGroup {
  readonly value: ConfigValue;
  readonly pools: readonly string[];
}

/** The values a kubelet key takes over the pools, each with its pools, in pool order of first use. */
export function valueGroups(config: Config, key: KubeletKey): ValueGroup[] {
  const groups = new Map<string, { value: ConfigValue; pools: string[] }>();
  kubeletValues(config, key).forEach((value, i) => {
    const text = formatValue(value);
    const g = groups.get(text) ?? { value, pools: [] };
    g.pools.push(config.pools[i]!.name);
    groups.set(text, g);
  });
  return [...groups.values()];
}

/**
 * How a kubelet key differs between pools, "2 pools: true (a, b); 1 pool: false (c)", or null
 * when every pool has the same value.
 */
export function valueSpread(config: Config, key: KubeletKey): string | null {
  const groups = valueGroups(config, key);
  if (groups.length < 2) return null;
  return groups
    .map(
      (g) =>
        `${g.pools.length} pool${g.pools.length === 1 ? '' : 's'}: ${formatValue(g.value)} (${g.pools.join(', ')})`,
    )
    .join('; ');
}
