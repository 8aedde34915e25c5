import { KUBELET_FIELDS, formatValue, type KubeletKey } from '../config';
import { checkPoolSizes, POOL_LIMITS, poolNameError, toPoolName } from '../pools';
import type { KubeletConfig } from '../types';
import { mergeFlags } from './derive';
import { groupKubelets, type KubeletGroup, type PoolGrouping } from './grouping';
import { deriveKubelet } from './kubelet';
import type { Source } from './sources';
import type { ImportError, ImportWarning, ImportedPool, PoolSource, Provenance } from './types';

/** A pool made from kubelet sources: its settings, where each came from, and its sources. */
export interface DerivedPool extends ImportedPool {
  readonly kubelet: KubeletConfig;
  readonly provenance: ReadonlyMap<KubeletKey, Provenance>;
}

const KEYS = KUBELET_FIELDS.map((f) => `kubelet.${f}` as const);

/**
 * Groups the kubelet sources into pools and derives each pool's six kubelet values; automatic
 * pools whose values come out equal are merged (nodes added up, sources listed together).
 */
export function importPools(
  sources: readonly Source[],
  explicit: readonly PoolGrouping[],
  inputNames: readonly string[],
): { pools: DerivedPool[]; warnings: ImportWarning[]; errors: ImportError[] } {
  const g = groupKubelets(sources, explicit, inputNames);
  const warnings = [...g.warnings];
  const errors = [...g.errors];
  const pools: DerivedPool[] = [];
  for (const group of g.groups) {
    const pool = derivePool(group, inputNames, warnings, errors);
    if (!pool) continue;
    const same =
      pool.grouping === 'automatic' &&
      pools.find((p) => p.grouping === 'automatic' && sameKubelet(p.kubelet, pool.kubelet));
    if (same) pools[pools.indexOf(same)] = mergeInto(same, pool, inputNames);
    else pools.push(pool);
  }
  renameMerged(pools);
  if (pools.length > POOL_LIMITS.pools.max) {
    errors.push({
      file: pools[POOL_LIMITS.pools.max]!.files[0]!,
      message: `the files give ${pools.length} different kubelet configurations; a scenario has at most ${POOL_LIMITS.pools.max} pools: group them with --pool NAME=FILE,FILE`,
    });
  } else if (pools.length > 0) {
    const sizes = checkPoolSizes(pools);
    if (!sizes.ok)
      errors.push({ file: pools[0]!.files[0]!, message: `the imported pools: ${sizes.error}` });
  }
  return { pools, warnings, errors };
}

function derivePool(
  group: KubeletGroup,
  inputNames: readonly string[],
  warnings: ImportWarning[],
  errors: ImportError[],
): DerivedPool | undefined {
  const flags = mergeFlags(group.flags, warnings);
  const dropIns = [...group.dropIns].sort(
    (a, b) => compare(baseOf(a.file), baseOf(b.file)) || compare(a.file, b.file) || a.line - b.line,
  );
  const firstFlags = group.flags[0];
  const kubeadmFlags = group.flags.some((f) => f.kubeadm === true);
  const nodes = group.configs.length > 0 ? group.configs : [undefined];
  const derived = nodes.map((config) => {
    const where = firstFlags
      ? { file: firstFlags.file, line: firstFlags.cmd.line }
      : (config ?? dropIns[0] ?? { file: '(none)', line: 1 });
    return deriveKubelet({ ...(config ? { config } : {}), dropIns, flags, kubeadmFlags, where });
  });
  // One warning per message and line: equal nodes of one pool say the same things.
  for (const c of derived)
    for (const w of c.warnings)
      if (!warnings.some((x) => x.file === w.file && x.line === w.line && x.message === w.message))
        warnings.push(w);
  const failed = derived.flatMap((c) => c.errors);
  if (failed.length > 0) {
    for (const e of failed)
      if (!errors.some((x) => x.file === e.file && x.line === e.line && x.message === e.message))
        errors.push(e);
    return undefined;
  }
  const kubelets = derived.map(toKubelet);
  const first = kubelets[0]!;
  const odd = kubelets.findIndex((k) => !sameKubelet(k, first));
  if (odd > 0) {
    const key = KUBELET_FIELDS.find(
      (f) => formatValue(kubelets[odd]![f]) !== formatValue(first[f]),
    )!;
    errors.push({
      file: group.configs[odd]!.file,
      line: group.configs[odd]!.line,
      message: `pool ${group.name}: this kubelet configuration gives kubelet.${key}=${formatValue(kubelets[odd]![key])}, but ${group.configs[0]!.file}:${group.configs[0]!.line} gives ${formatValue(first[key])}; a pool runs one kubelet configuration: put them in separate pools`,
    });
    return undefined;
  }
  const provenance = new Map<KubeletKey, Provenance>();
  for (const key of KEYS) provenance.set(key, derived[0]!.values.get(key)!.prov);
  const list: PoolSource[] = [
    ...group.configs.map((c): PoolSource => ({
      file: c.file,
      line: c.line,
      kind: c.origin === 'configz' ? 'configz' : 'KubeletConfiguration',
      ...(c.node ? { node: c.node } : {}),
    })),
    ...dropIns.map((d): PoolSource => ({ file: d.file, line: d.line, kind: 'drop-in' })),
    ...group.flags.map((f): PoolSource => {
      const host = f.node ?? f.cmd.flags.flags.get('hostname-override')?.value;
      return { file: f.file, line: f.cmd.line, kind: 'flags', ...(host ? { node: host } : {}) };
    }),
  ];
  return {
    name: group.name,
    nodes: Math.max(1, group.configs.length),
    files: filesOf(list, inputNames),
    sources: list,
    grouping: group.explicit ? 'explicit' : 'automatic',
    kubelet: first,
    provenance,
  };
}

function toKubelet(c: ReturnType<typeof deriveKubelet>): KubeletConfig {
  const v = (f: (typeof KUBELET_FIELDS)[number]) => c.values.get(`kubelet.${f}`)!.value;
  return {
    anonymousAuth: v('anonymousAuth') as boolean,
    webhookAuthentication: v('webhookAuthentication') as boolean,
    clientCAFile: v('clientCAFile') as boolean,
    authorizationMode: v('authorizationMode') as KubeletConfig['authorizationMode'],
    readOnlyPort: v('readOnlyPort') as number,
    servingCertificate: v('servingCertificate') as KubeletConfig['servingCertificate'],
  };
}

/** True when two kubelets agree on all six values. */
export function sameKubelet(a: KubeletConfig, b: KubeletConfig): boolean {
  return KUBELET_FIELDS.every((f) => a[f] === b[f]);
}

function mergeInto(
  into: DerivedPool,
  more: DerivedPool,
  inputNames: readonly string[],
): DerivedPool {
  const list = [...into.sources, ...more.sources];
  return {
    ...into,
    nodes: into.nodes + more.nodes,
    sources: list,
    files: filesOf(list, inputNames),
  };
}

/**
 * A merged pool is named after what its nodes share (`worker-1` and `worker-2` make `worker`),
 * when that is a pool name no other pool has; otherwise it keeps its first node's name.
 */
function renameMerged(pools: DerivedPool[]): void {
  pools.forEach((p, i) => {
    const names = p.sources
      .filter((s) => s.kind === 'configz' || s.kind === 'KubeletConfiguration')
      .map((s) => toPoolName(s.node ?? baseOf(s.file).replace(/\.[^.]*$/, ''), ''));
    if (p.grouping !== 'automatic' || names.length < 2) return;
    let prefix = names[0]!;
    for (const n of names) while (!n.startsWith(prefix)) prefix = prefix.slice(0, -1);
    const name = prefix.replace(/[-0-9]+$/, '');
    if (name !== '' && poolNameError(name) === null && !pools.some((q) => q.name === name))
      pools[i] = { ...p, name };
  });
}

const filesOf = (list: readonly PoolSource[], inputNames: readonly string[]) =>
  [...new Set(list.map((s) => s.file))].sort(
    (a, b) => inputNames.indexOf(a) - inputNames.indexOf(b),
  );
const baseOf = (path: string) => path.split(/[\\/]/).pop() ?? path;
// Lexical order, as the kubelet walks its drop-in directory (byte order, not locale order).
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
