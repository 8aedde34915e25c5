import { poolNameError, toPoolName } from '../pools';
import { isPlaceholder } from './flags';
import type { CommandSource, KubeletConfigSource, Source } from './sources';
import type { ImportError, ImportWarning } from './types';

/** An explicit pool: its name and the files whose kubelet sources form it (CLI `--pool NAME=FILE,...`). */
export interface PoolGrouping {
  readonly name: string;
  readonly files: readonly string[];
}

/** The kubelet sources of one pool, before their settings are derived. */
export interface KubeletGroup {
  readonly name: string;
  /** Grouped by the user (`--pool`), not by the rules. */
  readonly explicit: boolean;
  /** Each configuration is one node; a group of flags or drop-ins alone is one node. */
  readonly configs: readonly KubeletConfigSource[];
  readonly dropIns: readonly KubeletConfigSource[];
  readonly flags: readonly CommandSource[];
}

interface Draft {
  name?: string;
  explicit: boolean;
  configs: KubeletConfigSource[];
  dropIns: KubeletConfigSource[];
  flags: CommandSource[];
}

const isKubeletFlags = (s: Source): s is CommandSource =>
  s.kind === 'command' && s.cmd.binary === 'kubelet';

/** A KubeletConfiguration in a `.conf` file (not a kubeadm file) is a `--config-dir` drop-in. */
export const isDropIn = (s: KubeletConfigSource): boolean =>
  s.origin === 'file' && !s.kubeadm && /\.conf$/i.test(s.file);

/** The last part of a path, `\` or `/` separated. */
const baseOf = (path: string) => path.split(/[\\/]/).pop() ?? path;
const dirOf = (path: string) =>
  path.slice(0, Math.max(0, path.length - baseOf(path).length)).replace(/[\\/]+$/, '');

// kubeadm writes the KubeletConfiguration its kubeletExtraArgs go with to this file.
const KUBEADM_CONFIG = '/var/lib/kubelet/config.yaml';

/**
 * Groups kubelet sources into pools (DOMAIN.md §9): explicit groupings first; then each
 * configuration is a pool of its own; flags join the pool whose file their --config names (same
 * base name), or the only pool, or form one of their own; drop-ins join the pool whose kubelet has
 * --config-dir, or the only pool, or form one of their own. Equal pools are merged later, once
 * their settings are known.
 */
export function groupKubelets(
  sources: readonly Source[],
  explicit: readonly PoolGrouping[],
  inputNames: readonly string[],
): { groups: KubeletGroup[]; warnings: ImportWarning[]; errors: ImportError[] } {
  const warnings: ImportWarning[] = [];
  const errors: ImportError[] = [];
  const units = sources.filter(
    (s): s is CommandSource | KubeletConfigSource =>
      s.kind === 'kubelet-config' || isKubeletFlags(s),
  );
  const drafts: Draft[] = [];
  const claimed = new Map<string, string>();
  for (const g of explicit) {
    const where = g.files[0] ?? `pool ${g.name}`;
    const bad = poolNameError(g.name);
    if (bad) errors.push({ file: where, message: `--pool ${g.name}: ${bad}` });
    if (
      explicit.filter((x) => x.name === g.name).length > 1 &&
      explicit.find((x) => x.name === g.name) === g
    )
      errors.push({
        file: where,
        message: `--pool ${g.name} is given twice: list all its files in one --pool ${g.name}=FILE,FILE`,
      });
    if (g.files.length === 0)
      errors.push({ file: where, message: `--pool ${g.name} names no file` });
    const draft: Draft = { name: g.name, explicit: true, configs: [], dropIns: [], flags: [] };
    for (const file of g.files) {
      if (!inputNames.includes(file)) {
        errors.push({
          file,
          message: `--pool ${g.name}: ${file} is not one of the imported files (${inputNames.join(', ').slice(0, 200)})`,
        });
        continue;
      }
      const other = claimed.get(file);
      if (other !== undefined) {
        errors.push({
          file,
          message: `--pool ${g.name}: ${file} is already in pool ${other}; a file belongs to one pool`,
        });
        continue;
      }
      claimed.set(file, g.name);
      const mine = units.filter((u) => u.file === file);
      if (mine.length === 0)
        errors.push({
          file,
          message: `--pool ${g.name}: ${file} holds no kubelet configuration or kubelet flags`,
        });
      for (const u of mine) add(draft, u);
    }
    drafts.push(draft);
  }
  const rest = units.filter((u) => !claimed.has(u.file));
  for (const u of rest)
    if (u.kind === 'kubelet-config' && !isDropIn(u))
      drafts.push({ explicit: false, configs: [u], dropIns: [], flags: [] });

  const withConfigs = () => drafts.filter((d) => d.configs.length > 0);
  const pendingFlags: CommandSource[] = [];
  for (const f of rest) {
    if (f.kind !== 'command') continue;
    const target = flagsTarget(f, withConfigs());
    if (target) target.flags.push(f);
    else pendingFlags.push(f);
  }
  if (pendingFlags.length > 0) {
    const only = withConfigs().length === 1 ? withConfigs()[0]! : undefined;
    if (only) {
      for (const f of pendingFlags) {
        const named = f.cmd.flags.flags.get('config')?.value;
        if (named)
          warnings.push({
            file: f.file,
            line: f.cmd.flags.flags.get('config')!.line,
            message: `--config=${named} names no imported file (by base name): these kubelet flags were applied over the only kubelet configuration, ${only.configs[0]!.file} (use --pool to group them otherwise)`,
          });
      }
      only.flags.push(...pendingFlags);
    } else {
      if (withConfigs().length > 1)
        warnings.push({
          file: pendingFlags[0]!.file,
          line: pendingFlags[0]!.cmd.line,
          message: `these kubelet flags name none of the ${withConfigs().length} imported kubelet configurations (--config has another base name): they form a pool of their own (use --pool to group them with one)`,
        });
      drafts.push({ explicit: false, configs: [], dropIns: [], flags: pendingFlags });
    }
  }

  const pendingDrops: KubeletConfigSource[] = [];
  for (const d of rest) {
    if (d.kind !== 'kubelet-config' || !isDropIn(d)) continue;
    const target = dropInTarget(d, drafts);
    if (target) target.dropIns.push(d);
    else pendingDrops.push(d);
  }
  if (pendingDrops.length > 0) {
    if (drafts.length > 0)
      warnings.push({
        file: pendingDrops[0]!.file,
        line: pendingDrops[0]!.line,
        message: `no imported kubelet command line has --config-dir, and there are ${drafts.length} pools: these drop-ins form a pool of their own (use --pool to group them with one)`,
      });
    drafts.push({ explicit: false, configs: [], dropIns: pendingDrops, flags: [] });
  }
  return { groups: named(drafts), warnings, errors };
}

function add(d: Draft, u: CommandSource | KubeletConfigSource): void {
  if (u.kind === 'command') d.flags.push(u);
  else if (isDropIn(u)) d.dropIns.push(u);
  else d.configs.push(u);
}

function flagsTarget(f: CommandSource, drafts: readonly Draft[]): Draft | undefined {
  // kubeletExtraArgs go with the KubeletConfiguration of the same kubeadm file.
  if (f.kubeadm) {
    const same = drafts.filter((d) => d.configs.some((c) => c.file === f.file));
    if (same.length === 1) return same[0];
  }
  const named = f.cmd.flags.flags.get('config')?.value || (f.kubeadm ? KUBEADM_CONFIG : '');
  if (!named || isPlaceholder(named)) return undefined;
  const base = baseOf(named);
  const match = drafts.filter((d) => d.configs.some((c) => baseOf(c.file) === base));
  return match.length === 1 ? match[0] : undefined;
}

function dropInTarget(d: KubeletConfigSource, drafts: readonly Draft[]): Draft | undefined {
  const withDir = drafts.filter((g) =>
    g.flags.some((f) => f.cmd.flags.flags.get('config-dir')?.value),
  );
  if (withDir.length === 1) return withDir[0];
  if (withDir.length > 1) {
    const dir = dirOf(d.file);
    const match = withDir.filter((g) =>
      g.flags.some(
        (f) => (f.cmd.flags.flags.get('config-dir')?.value ?? '').replace(/[\\/]+$/, '') === dir,
      ),
    );
    return match.length === 1 ? match[0] : undefined;
  }
  return drafts.length === 1 ? drafts[0] : undefined;
}

/** Names each pool after its node (configz, kubeadm nodeRegistration.name, --hostname-override) or first file; unique. */
function named(drafts: readonly Draft[]): KubeletGroup[] {
  const used = new Set(drafts.flatMap((d) => (d.name !== undefined ? [d.name] : [])));
  return drafts.map((d) => {
    if (d.name !== undefined) return { ...d, name: d.name };
    const host = d.flags
      .map((f) => f.cmd.flags.flags.get('hostname-override')?.value)
      .find((h) => h && !isPlaceholder(h));
    const node = d.configs[0]?.node ?? d.flags.find((f) => f.node)?.node ?? host;
    const file = d.configs[0]?.file ?? d.flags[0]?.file ?? d.dropIns[0]?.file ?? 'kubelet';
    const base = toPoolName(node ?? baseOf(file).replace(/\.[^.]*$/, ''), 'kubelet');
    const name = unique(base, used);
    used.add(name);
    return { ...d, name };
  });
}

function unique(base: string, used: ReadonlySet<string>): string {
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const name = `${base.slice(0, 63 - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!used.has(name)) return name;
  }
}
