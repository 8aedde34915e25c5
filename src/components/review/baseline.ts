import { CONFIG_KEYS, formatValue, getKey, sameValue, type ConfigKey } from '../../model/config';
import { PRESET_NAMES, PRESETS, type PresetName } from '../../model/presets';
import type { Config } from '../../model/types';
import { decodeQuery, type Ignored } from '../../model/urlCodec';

/** A baseline read from a pasted link, with the parameters that were not applied. */
export type LinkBaseline =
  | { readonly ok: true; readonly config: Config; readonly label: string; readonly ignored: readonly Ignored[] }
  | { readonly ok: false; readonly error: string };

/**
 * Reads the scenario of a shared kube-paths link (a full URL or just its `?query`). Only the
 * config matters for a comparison; size, selection and view parameters are decoded and dropped.
 */
export function baselineFromLink(text: string): LinkBaseline {
  const s = text.trim();
  if (s === '') return { ok: false, error: 'paste a kube-paths link (or its ?query part) first' };
  const q = s.indexOf('?');
  const query = (q >= 0 ? s.slice(q + 1) : s).split('#')[0] ?? '';
  if (q < 0 && !query.includes('=')) return { ok: false, error: `"${s.slice(0, 80)}" has no query (nothing after "?")` };
  const { state, ignored } = decodeQuery(query);
  const label = state.preset ? `the shared link (preset ${state.preset})` : 'the shared link (custom)';
  return { ok: true, config: state.config, label, ignored };
}

/** The config keys whose values differ between two configs, in catalogue order. */
export function differingKeys(a: Config, b: Config): ConfigKey[] {
  return CONFIG_KEYS.filter((k) => !sameValue(getKey(a, k), getKey(b, k)));
}

/** The preset a config differs least from, and the differing keys as `key=value` (the config's value). */
export function nearestPreset(config: Config): { readonly preset: PresetName; readonly differences: string[] } {
  let best: PresetName = PRESET_NAMES[0];
  let keys = differingKeys(config, PRESETS[best]);
  for (const name of PRESET_NAMES) {
    const d = differingKeys(config, PRESETS[name]);
    if (d.length < keys.length) [best, keys] = [name, d];
  }
  return { preset: best, differences: keys.map((k) => `${k}=${formatValue(getKey(config, k))}`) };
}
