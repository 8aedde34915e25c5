import { compareCached } from './compare';
import { instancesOf } from './instances';
import { instanceKey } from './topology';
import type { Config, PathId } from './types';

/**
 * The path instances a "predict" question hides (by instance key): every instance whose state
 * differs from the scenario before (pools matched by name, as in a comparison), and every
 * instance of the path asked about, changed or not. With no scenario before (a tour's first
 * step), only the asked path.
 */
export function changedInstances(
  before: Config | null,
  after: Config,
  asked: PathId,
): ReadonlySet<string> {
  const keys = new Set<string>();
  for (const ref of instancesOf(after)) {
    if (ref.id === asked)
      keys.add(
        instanceKey(ref.id, ref.pool === undefined ? undefined : after.pools[ref.pool]!.name),
      );
  }
  if (before) {
    for (const row of compareCached(before, after).paths)
      if (row.change !== 'unchanged') keys.add(instanceKey(row.id, row.pool));
  }
  return keys;
}
