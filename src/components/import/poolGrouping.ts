import type { ImportedPool, ImportOptions, ImportSuccess, Provenance } from '../../model/import';

/**
 * What the user changed about the pools an import formed, before applying it: files moved to
 * another pool (by the importer's pool names, or a new pool's), and pools renamed (importer name →
 * the user's). Moves become explicit groupings for the importer (the CLI's `--pool NAME=FILE`);
 * renames are applied to the result, since a name changes no setting.
 */
export interface PoolEdits {
  readonly moves: ReadonlyMap<string, string>;
  readonly renames: ReadonlyMap<string, string>;
}

/** No edits: the importer's own grouping and names. */
export const NO_EDITS: PoolEdits = { moves: new Map(), renames: new Map() };

/** Files that feed more than one pool (a pasted session with several nodes' configz): they move with no pool. */
export function sharedFiles(pools: readonly ImportedPool[]): Set<string> {
  const seen = new Map<string, number>();
  for (const p of pools) for (const f of p.files) seen.set(f, (seen.get(f) ?? 0) + 1);
  return new Set([...seen].filter(([, n]) => n > 1).map(([f]) => f));
}

/**
 * The explicit groupings that carry out the moves over the importer's automatic pools: every pool
 * a file moved into is made of its own files (less those moved away, and less files it shares
 * with other pools) and the files moved into it. Pools no file moved into stay automatic.
 */
export function explicitPools(
  auto: readonly ImportedPool[],
  moves: ReadonlyMap<string, string>,
): NonNullable<ImportOptions['pools']> {
  const shared = sharedFiles(auto);
  const targets = [...new Set(moves.values())];
  return targets.map((name) => {
    const own = (auto.find((p) => p.name === name)?.files ?? []).filter(
      (f) => !shared.has(f) && !moves.has(f),
    );
    const moved = [...moves].filter(([, to]) => to === name).map(([f]) => f);
    return { name, files: [...own, ...moved] };
  });
}

/** A name no pool of `pools` has (nor any name in `taken`): `pool-2`, `pool-3`, … */
export function newPoolName(pools: readonly ImportedPool[], taken: Iterable<string> = []): string {
  const used = new Set([...pools.map((p) => p.name), ...taken]);
  for (let n = pools.length + 1; ; n++) if (!used.has(`pool-${n}`)) return `pool-${n}`;
}

/** The import with pools renamed: the scenario's pools, the pool list and the provenance keys. */
export function withRenames(
  result: ImportSuccess,
  renames: ReadonlyMap<string, string>,
): ImportSuccess {
  if (renames.size === 0) return result;
  const to = (name: string) => renames.get(name) ?? name;
  const provenance: Record<string, Provenance> = {};
  for (const [key, p] of Object.entries(result.provenance)) {
    const m = /^pools\.([^.]+)\.(kubelet\..+)$/.exec(key);
    provenance[m ? `pools.${to(m[1]!)}.${m[2]!}` : key] = p;
  }
  return {
    ...result,
    config: {
      ...result.config,
      pools: result.config.pools.map((p) => ({ ...p, name: to(p.name) })),
    },
    pools: result.pools.map((p) => ({ ...p, name: to(p.name) })),
    provenance,
  };
}
