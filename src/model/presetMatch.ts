import { CONFIG_KEYS, getKey, sameValue } from './config';
import { PRESET_NAMES, PRESETS, type PresetName } from './presets';
import type { Config } from './types';

/** True when two configs agree on every DOMAIN.md config key. */
export function sameConfig(a: Config, b: Config): boolean {
  return CONFIG_KEYS.every((k) => sameValue(getKey(a, k), getKey(b, k)));
}

/** The preset a config equals, if any: an edit that lands on a preset is named as that preset. */
export function matchingPreset(config: Config): PresetName | null {
  return PRESET_NAMES.find((n) => sameConfig(PRESETS[n], config)) ?? null;
}
