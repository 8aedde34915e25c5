import type { PresetName } from './presets';
import type { Config } from './types';
import { nearestPreset } from './presetMatch';

/** At most this many differences are named in a caption; the rest are counted. */
const MAX_DIFFS = 4;

/**
 * The caption of an exported diagram: the scenario (preset or "custom"), Kubernetes version,
 * whether the network is untrusted, the key differences from the nearest preset, and the date.
 */
export function captionLines(config: Config, preset: PresetName | null, date: Date): string[] {
  const day = date.toISOString().slice(0, 10);
  const network = config.network.untrusted ? 'untrusted network' : 'trusted network';
  const head = `kube-paths · ${preset ? `preset ${preset}` : 'custom scenario'} · Kubernetes ${config.version} · ${network} · ${day}`;
  if (preset) return [head];
  const near = nearestPreset(config);
  const named = near.differences.slice(0, MAX_DIFFS).join(', ');
  const more = near.differences.length > MAX_DIFFS ? `, and ${near.differences.length - MAX_DIFFS} more` : '';
  return [head, near.differences.length ? `${near.preset} with ${named}${more}` : `same as ${near.preset}`];
}

/** A file name for an export: `kube-paths-<preset|custom>-<date>.<ext>`. */
export function exportFileName(preset: PresetName | null, date: Date, ext: string): string {
  return `kube-paths-${preset ?? 'custom'}-${date.toISOString().slice(0, 10)}.${ext}`;
}
