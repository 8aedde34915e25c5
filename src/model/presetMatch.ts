import { differingSettings, formatTarget, formatValue, sameSettings } from './config';
import { withPoolSizes } from './pools';
import { PRESET_NAMES, PRESETS, type PresetName } from './presets';
import type { Config } from './types';

/**
 * True when a scenario has a preset's settings. Pool names and node counts are topology, not
 * settings: every pool of a scenario fits a one-pool preset when it runs that preset's kubelet
 * (so `?preset=kubeadm&pools=a:10,b:5` is kubeadm); a preset of several pools needs the same
 * pools' settings in the same order.
 */
export function fitsPreset(name: PresetName, config: Config): boolean {
  const preset = PRESETS[name];
  if (preset.pools.length > 1) return sameSettings(preset, config);
  const spread = { ...preset, pools: config.pools.map((p) => ({ ...p, kubelet: preset.pools[0]!.kubelet })) };
  return differingSettings(spread, config).length === 0;
}

/** The preset a scenario equals, if any: an edit that lands on a preset is named as that preset. */
export function matchingPreset(config: Config): PresetName | null {
  return PRESET_NAMES.find((n) => fitsPreset(n, config)) ?? null;
}

/**
 * The settings of `config` that differ from a preset's, as written everywhere (`kubelet.X` or
 * `pools.NAME.kubelet.X`) with the config's values; pool names and counts are topology, not settings.
 */
export function settingsOverPreset(name: PresetName, config: Config): string[] {
  const preset = PRESETS[name];
  // A one-pool preset stands for every pool of the scenario, as fitsPreset reads it.
  const base = preset.pools.length > 1 ? withPoolSizes(preset, config.pools) : { ...preset, pools: config.pools.map((p) => ({ ...p, kubelet: preset.pools[0]!.kubelet })) };
  return differingSettings(base, config).map(([t, v]) => `${formatTarget(t)}=${formatValue(v)}`);
}

/** The preset a config differs least from, and the differing settings as `key=value` (the config's value). */
export function nearestPreset(config: Config): {
  readonly preset: PresetName;
  readonly differences: string[];
} {
  let best: PresetName = PRESET_NAMES[0];
  let keys = settingsOverPreset(best, config);
  for (const name of PRESET_NAMES) {
    const d = settingsOverPreset(name, config);
    if (d.length < keys.length) [best, keys] = [name, d];
  }
  return { preset: best, differences: keys };
}
