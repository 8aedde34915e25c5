import { setKey, type ConfigKey, type ConfigValue } from './config';
import { PRESETS, type PresetName } from './presets';
import type { Config } from './types';

/** Test helper: a preset with some keys overridden. */
export function scenario(preset: PresetName, overrides: Partial<Record<ConfigKey, ConfigValue>> = {}): Config {
  return Object.entries(overrides).reduce<Config>(
    (c, [k, v]) => setKey(c, k as ConfigKey, v as ConfigValue),
    PRESETS[preset],
  );
}
