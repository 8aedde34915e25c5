import { CONFIG_KEYS, getKey, isKubeletKey, setKey, type ConfigKey } from '../config';
import { PRESETS, type PresetName } from '../presets';
import type { Config } from '../types';
import { parseVersion } from '../version';
import { deriveApiserver } from './apiserver';
import type { Binary } from './binaries';
import { deprecationsAndCrossChecks } from './checks';
import { mergeFlags, type MergedFlags } from './derive';
import { importPools, type DerivedPool } from './importPools';
import { deriveServer, type ServerFacts } from './konnectivity';
import { readInput } from './readFile';
import type { CommandSource, EgressCluster, Source, VersionHint } from './sources';
import type {
  Derived,
  ImportError,
  ImportInput,
  ImportOptions,
  ImportResult,
  ImportWarning,
  ImportedFile,
  Provenance,
} from './types';

interface Merged {
  flags: MergedFlags;
  where: { file: string; line: number };
  kubeadm: boolean;
}

type Egress = { cluster?: EgressCluster; file: string; line: number };

/**
 * Imports files in order over a base preset: the effective config, provenance, the pools made
 * from kubelet sources, warnings; or every error. `options.pools` groups files into pools by name.
 */
export function importFiles(
  inputs: readonly ImportInput[],
  base: PresetName,
  options: ImportOptions = {},
): ImportResult {
  const files: ImportedFile[] = [];
  const errors: ImportError[] = [];
  const warnings: ImportWarning[] = [];
  const sources: Source[] = [];
  for (const input of inputs) {
    const r = readInput(input);
    files.push({ name: input.name, kinds: [...new Set(r.kinds)], ignored: r.ignored });
    errors.push(...r.errors);
    warnings.push(...r.warnings);
    sources.push(...r.sources);
  }
  if (inputs.length === 0) errors.push({ file: '(none)', message: 'no files to import' });

  // Every binary but the kubelet is one per cluster: its command lines merge, the last flag wins.
  const binaries = new Map<Binary, Merged>();
  const commands = new Map<Binary, CommandSource[]>();
  let egress: Egress | undefined;
  let version: (VersionHint & { file: string }) | undefined;
  for (const s of sources) {
    if (s.kind === 'command' && s.cmd.binary !== 'kubelet') {
      commands.set(s.cmd.binary, [...(commands.get(s.cmd.binary) ?? []), s]);
      if (s.version) version = { ...s.version, file: s.file };
    } else if (s.kind === 'egress') {
      warnings.push(...s.warnings);
      egress = { file: s.file, line: s.line, ...(s.cluster ? { cluster: s.cluster } : {}) };
    }
  }
  for (const [binary, list] of commands) {
    const last = list.at(-1)!;
    binaries.set(binary, {
      flags: mergeFlags(list, warnings),
      where: { file: last.file, line: last.cmd.line },
      kubeadm: list.some((s) => s.kubeadm === true),
    });
  }

  const derived = new Map<ConfigKey, Derived>();
  const take = (c: {
    values: Map<ConfigKey, Derived>;
    warnings: ImportWarning[];
    errors: ImportError[];
  }) => {
    for (const [k, v] of c.values) derived.set(k, v);
    warnings.push(...c.warnings);
    errors.push(...c.errors);
  };

  const api = binaries.get('kube-apiserver');
  if (api) take(deriveApiserver(api.flags, api.kubeadm, api.where.file));
  const kubelets = importPools(
    sources,
    options.pools ?? [],
    inputs.map((i) => i.name),
  );
  warnings.push(...kubelets.warnings);
  errors.push(...kubelets.errors);
  const server = binaries.get('konnectivity-server');
  let serverFacts: ServerFacts | undefined;
  if (server) {
    const r = deriveServer(server.flags, server.where);
    take(r.c);
    serverFacts = r.facts;
  }
  konnectivityFromEgress(derived, warnings, api, egress);
  if (serverFacts && egress) serverMatchesEgress(derived, serverFacts, egress);
  if (version)
    derived.set('version', {
      value: version.version,
      prov: { kind: 'file', file: version.file, line: version.line, setting: version.setting },
    });

  if (errors.length > 0) {
    const order = (e: ImportError) => inputs.findIndex((i) => i.name === e.file);
    const sorted = [...errors].sort((a, b) => order(a) - order(b) || (a.line ?? 0) - (b.line ?? 0));
    return { ok: false, errors: sorted, files };
  }

  const { config, provenance } = assemble(PRESETS[base], base, derived, kubelets.pools);
  const minor = parseVersion(config.version);
  warnings.push(
    ...deprecationsAndCrossChecks({
      config,
      provenance,
      kubeletsImported: kubelets.pools.length > 0,
      ...(api ? { apiFlags: api.flags } : {}),
      minor: derived.has('version') && minor.ok ? minor.value.minor : undefined,
      ...(serverFacts ? { server: serverFacts } : {}),
      ...(egress ? { egress } : {}),
      ...(binaries.get('konnectivity-agent')
        ? { agentFlags: binaries.get('konnectivity-agent')!.flags }
        : {}),
    }),
  );
  const pools = kubelets.pools.map(({ name, nodes, files, sources, grouping }) => ({
    name,
    nodes,
    files,
    sources,
    grouping,
  }));
  return { ok: true, config, provenance, files, warnings, pools };
}

/**
 * The config: derived cluster-wide values over the base preset, and the imported pools (or the
 * base's pools when no file describes a kubelet). Kubelet provenance is `kubelet.X` with one
 * pool, `pools.NAME.kubelet.X` with several.
 */
function assemble(
  baseConfig: Config,
  base: PresetName,
  derived: ReadonlyMap<ConfigKey, Derived>,
  pools: readonly DerivedPool[],
): { config: Config; provenance: Record<string, Provenance> } {
  let config: Config =
    pools.length > 0
      ? {
          ...baseConfig,
          pools: pools.map(({ name, nodes, kubelet }) => ({ name, nodes, kubelet })),
        }
      : baseConfig;
  const provenance: Record<string, Provenance> = {};
  const assumed: Provenance = { kind: 'assumed', preset: base };
  for (const key of CONFIG_KEYS) {
    if (isKubeletKey(key)) {
      if (pools.length === 0) provenance[key] = assumed;
      else if (pools.length === 1) provenance[key] = pools[0]!.provenance.get(key)!;
      else for (const p of pools) provenance[`pools.${p.name}.${key}`] = p.provenance.get(key)!;
      continue;
    }
    const d = derived.get(key);
    config = setKey(config, key, d ? d.value : getKey(baseConfig, key));
    provenance[key] = d ? d.prov : assumed;
  }
  return { config, provenance };
}

// The server's --mode must match the egress proxyProtocol, and over uds its --uds-name the udsName.
function serverMatchesEgress(
  derived: Map<ConfigKey, Derived>,
  server: ServerFacts,
  egress: Egress,
): void {
  const cl = egress.cluster;
  if (!cl || (cl.protocol !== 'GRPC' && cl.protocol !== 'HTTPConnect')) return;
  const expected = cl.protocol === 'GRPC' ? 'grpc' : 'http-connect';
  const modeOk = server.mode === expected;
  // An egress udsName is only read from a uds transport (readEgress), so it means one.
  const udsChecked = server.udsName !== undefined && cl.udsName !== undefined;
  const udsOk = !udsChecked || server.udsName!.value === cl.udsName;
  const modeAt = {
    file: server.modeLine?.file ?? server.where.file,
    line: server.modeLine?.line ?? server.where.line,
    setting: server.modeLine ? `--mode=${server.mode}` : `--mode (absent: ${server.mode})`,
  };
  const protocolAt = {
    file: egress.file,
    line: cl.line,
    setting: `egressSelections[cluster].connection.proxyProtocol: ${cl.protocol}`,
  };
  const udsAt = udsChecked
    ? [
        {
          file: server.udsName!.file,
          line: server.udsName!.line,
          setting: `--uds-name=${server.udsName!.value}`,
        },
        {
          file: egress.file,
          line: cl.transportLine,
          setting: `transport.uds.udsName: ${cl.udsName}`,
        },
      ]
    : [];
  // The first line is the one that is wrong (the mode, else the socket); the others are what it must match.
  const lines = !modeOk || udsOk ? [modeAt, protocolAt, ...udsAt] : [...udsAt, modeAt, protocolAt];
  const [first, ...also] = lines;
  derived.set('konnectivity.serverMatchesEgress', {
    value: modeOk && udsOk,
    prov: { kind: 'file', ...first!, also },
  });
}

// konnectivity.enabled/frontend come from the apiserver's egress configuration.
function konnectivityFromEgress(
  derived: Map<ConfigKey, Derived>,
  warnings: ImportWarning[],
  api: Merged | undefined,
  egress: Egress | undefined,
): void {
  const flag = api?.flags.get('egress-selector-config-file');
  if (egress) {
    const cl = egress.cluster;
    if (!cl || cl.protocol === 'Direct' || cl.protocol === '') {
      const at: Provenance = {
        kind: 'file',
        file: egress.file,
        line: cl?.line ?? egress.line,
        setting: cl
          ? 'egressSelections[cluster].connection.proxyProtocol'
          : 'egressSelections (no cluster selection: Direct)',
      };
      derived.set('konnectivity.enabled', { value: false, prov: at });
      return;
    }
    const at = (setting: string, line: number): Provenance => ({
      kind: 'file',
      file: egress.file,
      line,
      setting,
    });
    derived.set('konnectivity.enabled', {
      value: true,
      prov: at(`egressSelections[cluster].connection.proxyProtocol: ${cl.protocol}`, cl.line),
    });
    const frontend =
      cl.transport === 'uds'
        ? 'uds'
        : cl.url?.startsWith('https://')
          ? 'tcp-tls'
          : cl.transport === 'tcp'
            ? 'tcp'
            : undefined;
    if (frontend)
      derived.set('konnectivity.frontend', {
        value: frontend,
        prov: at(`transport.${cl.transport}${cl.url ? ` url ${cl.url}` : ''}`, cl.transportLine),
      });
    if (api && !flag) {
      warnings.push({
        file: api.where.file,
        line: api.where.line,
        message:
          'an EgressSelectorConfiguration was imported, but this kube-apiserver has no --egress-selector-config-file: it would dial nodes directly',
      });
    }
    return;
  }
  if (!api) return;
  if (flag && flag.value) {
    warnings.push({
      file: flag.file,
      line: flag.line,
      message: `--egress-selector-config-file=${flag.value} was not imported: whether Konnectivity is used is assumed (add that file)`,
    });
    return;
  }
  derived.set('konnectivity.enabled', {
    value: false,
    prov: {
      kind: 'default',
      component: 'kube-apiserver',
      detail: 'no --egress-selector-config-file: the apiserver dials nodes directly',
      file: api.where.file,
    },
  });
  derived.set('konnectivity.frontend', {
    value: 'uds',
    prov: {
      kind: 'default',
      component: 'kube-apiserver',
      detail: 'no egress configuration (frontend unused)',
      file: api.where.file,
    },
  });
}
