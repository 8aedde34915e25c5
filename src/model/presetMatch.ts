import { CONFIG_KEYS, formatValue, getKey, sameValue, type ConfigKey } from './config';
import { PRESET_NAMES, PRESETS, type PresetName } from './presets';
import type { Config } from './types';

/** The config keys whose values differ between two configs, in catalogue order. */
export function differingKeys(a: Config, b: Config): ConfigKey[] {
  return CONFIG_KEYS.filter((k) => !sameValue(getKey(a, k), getKey(b, k)));
}

/** True when two configs agree on every DOMAIN.md config key. */
function sameConfig(a: Config, b: Config): boolean {
  return differingKeys(a, b).length === 0;
}

/** The preset a config equals, if any: an edit that lands on a preset is named as that preset. */
export function matchingPreset(config: Config): PresetName | null {
  return PRESET_NAMES.find((n) => sameConfig(PRESETS[n], config)) ?? null;
}

/** The preset a config differs least from, and the differing keys as `key=value` (the config's value). */
export function nearestPreset(config: Config): {
  readonly preset: PresetName;
  readonly differences: string[];
} {
  let best: PresetName = PRESET_NAMES[0];
  let keys = differingKeys(config, PRESETS[best]);
  for (const name of PRESET_NAMES) {
    const d = differingKeys(config, PRESETS[name]);
    if (d.length < keys.length) [best, keys] = [name, d];
  }
  return { preset: best, differences: keys.map((k) => `${k}=${formatValue(getKey(config, k))}`) };
}
