import type { Position } from './attackers';
import { memoByConfig } from './memo';
import { reportOf } from './reportOf';
import type { Config, PathId } from './types';

const instanceKey = (id: PathId, pool: number | undefined): string =>
  pool === undefined ? id : `${id}@${pool}`;

/** The path instances each position can exploit, as `id@poolIndex` (`id` for the control plane's own path). */
const exploitedBy = memoByConfig((config): ReadonlyMap<Position, ReadonlySet<string>> => {
  const out = new Map<Position, Set<string>>();
  for (const p of reportOf(config).paths) {
    for (const e of p.exposures) {
      const set = out.get(e.position) ?? new Set<string>();
      set.add(instanceKey(p.id, p.poolIndex));
      out.set(e.position, set);
    }
  }
  return out;
});

/**
 * Whether `position` can exploit the instance of path kind `id` on pool `pool` (absent for the
 * path inside the control plane). `link` counts on a trusted network too: the page marks those
 * "would be, on an untrusted network". Loaded on demand: it reads the full report.
 */
export function exploits(config: Config, position: Position, id: PathId, pool?: number): boolean {
  return exploitedBy(config).get(position)?.has(instanceKey(id, pool)) ?? false;
}
