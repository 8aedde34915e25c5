import type { PresetName } from './presets';
import type { Config } from './types';
import { nearestPreset } from './presetMatch';
import { countOf } from './count';

/** At most this many differences are named in a caption; the rest are counted. */
const MAX_DIFFS = 4;
/** At most this many pools are named in a caption (the exported legend lists every pool). */
const MAX_POOLS = 6;

const nodes = (n: number) => countOf(n, 'node');

/** "2 pools, 6 nodes: bootstrapped (4 nodes), legacy (2 nodes)"; none for a one-pool scenario. */
export function poolsCaption(config: Config): string[] {
  if (config.pools.length < 2) return [];
  const total = config.pools.reduce((n, p) => n + p.nodes, 0);
  const named = config.pools.slice(0, MAX_POOLS).map((p) => `${p.name} (${nodes(p.nodes)})`).join(', ');
  const more = config.pools.length > MAX_POOLS ? `, and ${config.pools.length - MAX_POOLS} more` : '';
  return [`${config.pools.length} pools, ${nodes(total)}: ${named}${more}`];
}

/**
 * The caption of an exported diagram: the scenario (preset or "custom"), Kubernetes version,
 * whether the network is untrusted, the key differences from the nearest preset, the date, and the
 * node pools when there are several.
 */
export function captionLines(config: Config, preset: PresetName | null, date: Date): string[] {
  const day = date.toISOString().slice(0, 10);
  const network = config.network.untrusted ? 'untrusted network' : 'trusted network';
  const head = `kube-paths · ${preset ? `preset ${preset}` : 'custom scenario'} · Kubernetes ${config.version} · ${network} · ${day}`;
  if (preset) return [head, ...poolsCaption(config)];
  const near = nearestPreset(config);
  const named = near.differences.slice(0, MAX_DIFFS).join(', ');
  const more = near.differences.length > MAX_DIFFS ? `, and ${near.differences.length - MAX_DIFFS} more` : '';
  return [head, near.differences.length ? `${near.preset} with ${named}${more}` : `same as ${near.preset}`, ...poolsCaption(config)];
}

/** A file name for an export: `kube-paths-<preset|custom>-<date>.<ext>`. */
export function exportFileName(preset: PresetName | null, date: Date, ext: string): string {
  return `kube-paths-${preset ?? 'custom'}-${date.toISOString().slice(0, 10)}.${ext}`;
}
