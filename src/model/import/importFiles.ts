import { CONFIG_KEYS, getKey, setKey, type ConfigKey } from '../config';
import { PRESETS, type PresetName } from '../presets';
import type { Config } from '../types';
import { parseVersion } from '../version';
import { deriveApiserver } from './apiserver';
import type { Binary } from './binaries';
import { deprecationsAndCrossChecks } from './checks';
import type { FileFlag } from './derive';
import { deriveKubelet } from './kubelet';
import { deriveServer, type ServerFacts } from './konnectivity';
import { readInput } from './readFile';
import type { EgressCluster, Source, VersionHint } from './sources';
import type {
  Derived,
  ImportError,
  ImportInput,
  ImportResult,
  ImportWarning,
  ImportedFile,
  Provenance,
} from './types';

interface Merged {
  flags: Map<string, FileFlag>;
  where: { file: string; line: number };
  kubeadm: boolean;
}

/** Imports files in order over a base preset: the effective config, provenance, warnings; or every error. */
export function importFiles(inputs: readonly ImportInput[], base: PresetName): ImportResult {
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

  const binaries = new Map<Binary, Merged>();
  let kubeletFields: Map<ConfigKey, Derived> | undefined;
  let kubeletConfigWhere: { file: string; line: number } | undefined;
  let egress: { cluster?: EgressCluster; file: string; line: number } | undefined;
  let version: (VersionHint & { file: string }) | undefined;
  for (const s of sources) {
    if (s.kind === 'command') {
      const m = binaries.get(s.cmd.binary) ?? {
        flags: new Map(),
        where: { file: s.file, line: s.cmd.line },
        kubeadm: false,
      };
      for (const f of s.cmd.flags.flags.values()) {
        const prev = m.flags.get(f.name);
        if (prev && prev.value !== f.value) {
          warnings.push({
            file: s.file,
            line: f.line,
            message: `--${f.name} is given again (first at ${prev.file}:${prev.line}); the last one wins`,
          });
        }
        m.flags.set(f.name, { ...f, file: s.file });
      }
      for (const r of s.cmd.flags.repeated) {
        const last = s.cmd.flags.flags.get(r.name);
        if (last && last.value !== r.value) {
          warnings.push({
            file: s.file,
            line: r.line,
            message: `--${r.name} is repeated (again on line ${last.line}); the last one wins`,
          });
        }
      }
      if (s.kubeadm) m.kubeadm = true;
      m.where = { file: s.file, line: s.cmd.line };
      binaries.set(s.cmd.binary, m);
      if (s.version) version = { ...s.version, file: s.file };
    } else if (s.kind === 'kubelet-config') {
      kubeletFields = new Map([...(kubeletFields ?? []), ...s.fields]);
      kubeletConfigWhere = { file: s.file, line: s.line };
    } else {
      warnings.push(...s.warnings);
      egress = { file: s.file, line: s.line, ...(s.cluster ? { cluster: s.cluster } : {}) };
    }
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
  const kubeletFlags = binaries.get('kubelet');
  if (kubeletFlags || kubeletFields) {
    take(
      deriveKubelet({
        ...(kubeletFields ? { fields: kubeletFields } : {}),
        ...(kubeletFlags ? { flags: kubeletFlags.flags } : {}),
        where: kubeletFlags?.where ?? kubeletConfigWhere!,
        ...(kubeletFlags?.kubeadm ? { kubeadm: true } : {}),
      }),
    );
  }
  const server = binaries.get('konnectivity-server');
  let serverFacts: ServerFacts | undefined;
  if (server) {
    const r = deriveServer(server.flags, server.where);
    take(r.c);
    serverFacts = r.facts;
  }
  konnectivityFromEgress(derived, warnings, api, egress);
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

  const baseConfig = PRESETS[base];
  let config: Config = baseConfig;
  const provenance = {} as Record<ConfigKey, Provenance>;
  for (const key of CONFIG_KEYS) {
    const d = derived.get(key);
    if (d) {
      config = setKey(config, key, d.value);
      provenance[key] = d.prov;
    } else {
      config = setKey(config, key, getKey(baseConfig, key));
      provenance[key] = { kind: 'assumed', preset: base };
    }
  }
  const minor = parseVersion(config.version);
  warnings.push(
    ...deprecationsAndCrossChecks({
      config,
      provenance,
      ...(api ? { apiFlags: api.flags } : {}),
      minor: derived.has('version') && minor.ok ? minor.value.minor : undefined,
      ...(serverFacts ? { server: serverFacts } : {}),
      ...(egress ? { egress } : {}),
      ...(binaries.get('konnectivity-agent')
        ? { agentFlags: binaries.get('konnectivity-agent')!.flags }
        : {}),
    }),
  );
  return { ok: true, config, provenance, files, warnings };
}

// konnectivity.enabled/frontend come from the apiserver's egress configuration.
function konnectivityFromEgress(
  derived: Map<ConfigKey, Derived>,
  warnings: ImportWarning[],
  api: Merged | undefined,
  egress: { cluster?: EgressCluster; file: string; line: number } | undefined,
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
