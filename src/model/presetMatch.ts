import { sameSettings } from './config';
import { PRESET_NAMES, PRESETS, type PresetName } from './presets';
import type { Config } from './types';

/**
 * The preset a scenario equals, if any: an edit that lands on a preset is named as that preset.
 * Pool names and node counts are topology, not settings, so `?preset=kubeadm&nodes=10` is kubeadm.
 */
export function matchingPreset(config: Config): PresetName | null {
  return PRESET_NAMES.find((n) => sameSettings(PRESETS[n], config)) ?? null;
}
