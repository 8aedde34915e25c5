import { differingSettings, sameSettings } from './config';
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
