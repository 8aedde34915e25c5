import { POSITIONS, type Position } from './attackers';
import { memoByConfig } from './memo';
import { reportOf } from './reportOf';
import type { Config, PathId } from './types';

/** Per position and path kind, which pools' instances it can exploit (index 0 for the control plane's own path). */
type Marks = Readonly<Record<Position, Partial<Record<PathId, boolean[]>>>>;

// Plain lookups, no keys built per call: every drawn path asks on every store change.
const marksOf = memoByConfig((config): Marks => {
  const out = Object.fromEntries(POSITIONS.map((p) => [p, {}])) as Record<Position, Partial<Record<PathId, boolean[]>>>;
  for (const p of reportOf(config).paths) {
    for (const e of p.exposures) (out[e.position][p.id] ??= [])[p.poolIndex ?? 0] = true;
  }
  return out;
});

/**
 * Whether `position` can exploit the instance of path kind `id` on pool `pool` (absent for the
 * path inside the control plane). `link` counts on a trusted network too: the page marks those
 * "would be, on an untrusted network". Loaded on demand: it reads the full report.
 */
export function exploits(config: Config, position: Position, id: PathId, pool?: number): boolean {
  return marksOf(config)[position][id]?.[pool ?? 0] === true;
}
