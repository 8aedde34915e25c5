import { setKey, type ConfigKey, type ConfigValue } from './config';
import { poolViews } from './pools';
import { PRESETS, type PresetName } from './presets';
import type { Config, PoolView } from './types';

/** Test helper: a preset with some keys overridden (a kubelet key on every pool). */
export function scenario(preset: PresetName, overrides: Partial<Record<ConfigKey, ConfigValue>> = {}): Config {
  return Object.entries(overrides).reduce<Config>(
    (c, [k, v]) => setKey(c, k as ConfigKey, v as ConfigValue),
    PRESETS[preset],
  );
}

/** Test helper: the first pool's view of a preset with some keys overridden (what the rules read). */
export function view(preset: PresetName, overrides: Partial<Record<ConfigKey, ConfigValue>> = {}): PoolView {
  return poolViews(scenario(preset, overrides))[0]!;
}
