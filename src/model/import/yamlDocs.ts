import { LineCounter, parseAllDocuments, type Node } from 'yaml';
import type { FlagHit, FlagSet } from './flags';
import { normaliseFlag } from './flags';
import { readEgress } from './egress';
import { readKubeletFacts, unknownFieldWarnings } from './kubeletFacts';
import { parseVersion } from '../version';
import { readWorkload, WORKLOAD_KINDS } from './manifest';
import type { Source } from './sources';
import type { ImportError, ImportWarning } from './types';
import { YamlNav } from './yamlNav';

/** Aliases allowed per document: real configs use a handful; alias bombs use thousands. */
const MAX_ALIASES = 100;

/** Documents allowed per file: bounds the work on a file of endless `---`. */
const MAX_DOCUMENTS = 1000;

/** What the YAML documents of one file describe. */
export interface YamlRead {
  readonly sources: Source[];
  readonly kinds: string[];
  readonly ignored: string[];
  readonly warnings: ImportWarning[];
  readonly errors: ImportError[];
}

/** True when text is YAML or JSON with at least one `kind:`/`apiVersion:` (a Kubernetes object). */
export function looksLikeObjects(text: string): boolean {
  return (
    /^\s*(\{|-{3})|^["']?(kind|apiVersion)["']?\s*:/m.test(text) &&
    /["']?(kind|apiVersion)["']?\s*:/.test(text)
  );
}

/** Parses every YAML (or JSON) document of a file and reads the kinds it knows. */
export function readYaml(text: string, file: string): YamlRead {
  const out: YamlRead = { sources: [], kinds: [], ignored: [], warnings: [], errors: [] };
  const separators = text.match(/^---/gm)?.length ?? 0;
  if (separators > MAX_DOCUMENTS) {
    out.errors.push({
      file,
      message: `${separators + 1} YAML documents; configuration files have a handful (limit ${MAX_DOCUMENTS})`,
    });
    return out;
  }
  const lc = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter: lc, uniqueKeys: false, prettyErrors: false });
  // An empty text gives an EmptyStream, itself an (empty) array.
  for (const doc of docs) {
    if (doc.errors.length > 0) {
      const e = doc.errors[0]!;
      out.errors.push({
        file,
        line: lc.linePos(e.pos[0]).line,
        message: `YAML does not parse: ${e.message.split('\n')[0]}`,
      });
      continue;
    }
    const nav = new YamlNav(doc, lc);
    const root = nav.root();
    const line = nav.lineOf(root);
    try {
      // Expands aliases once with a bound: an alias bomb stops here instead of exhausting memory.
      doc.toJS({ maxAliasCount: MAX_ALIASES, mapAsMap: true });
    } catch (e) {
      out.errors.push({
        file,
        line,
        message: `YAML rejected: ${e instanceof Error ? e.message : String(e)} (more than ${MAX_ALIASES} alias expansions)`,
      });
      continue;
    }
    if (root === undefined || nav.scalar(root) === null) continue;
    readDocument(nav, root, file, line, out);
  }
  // A KubeletConfiguration beside kubeadm's own kinds is kubeadm's: its absent fields take kubeadm's values.
  if (out.kinds.some((k) => k.startsWith('kubeadm ')) || out.ignored.some(isKubeadmKind)) {
    out.sources.forEach((s, i) => {
      if (s.kind === 'kubelet-config') out.sources[i] = { ...s, kubeadm: true };
    });
  }
  return out;
}

const isKubeadmKind = (label: string) => /^(Init|Join|Cluster)Configuration\b/.test(label);

function readDocument(nav: YamlNav, root: Node, file: string, line: number, out: YamlRead): void {
  const kind = nav.text(nav.get(root, 'kind'));
  const name = nav.text(nav.get(root, 'metadata', 'name'));
  const label = `${kind ?? 'document'}${name ? ` ${name}` : ''} (line ${line})`;
  if (kind === 'List') {
    for (const item of nav.items(nav.get(root, 'items')))
      readDocument(nav, item, file, nav.lineOf(item), out);
    return;
  }
  if (kind === undefined) {
    out.ignored.push(`${label}: no kind`);
    return;
  }
  if (WORKLOAD_KINDS.has(kind)) {
    const w = readWorkload(nav, root, kind);
    if (w.commands.length === 0)
      out.ignored.push(`${label}: no kube-apiserver, kubelet or konnectivity container`);
    for (const c of w.commands) {
      out.kinds.push(`${c.cmd.binary} ${kind} manifest`);
      out.sources.push({
        kind: 'command',
        file,
        cmd: c.cmd,
        ...(c.version ? { version: c.version } : {}),
      });
    }
    return;
  }
  switch (kind) {
    case 'KubeletConfiguration': {
      const r = readKubeletFacts(nav, root, file);
      out.errors.push(...r.errors);
      out.warnings.push(...unknownFieldWarnings(nav, root, file));
      const apiVersion = nav.text(nav.get(root, 'apiVersion'));
      out.kinds.push('KubeletConfiguration');
      out.sources.push({
        kind: 'kubelet-config',
        file,
        line,
        facts: r.facts,
        origin: 'file',
        ...(apiVersion !== undefined ? { apiVersion } : {}),
      });
      return;
    }
    case 'EgressSelectorConfiguration': {
      const r = readEgress(nav, root, file);
      out.kinds.push('EgressSelectorConfiguration');
      out.sources.push({
        kind: 'egress',
        file,
        line,
        warnings: r.warnings,
        ...(r.cluster ? { cluster: r.cluster } : {}),
      });
      return;
    }
    case 'ClusterConfiguration': {
      readClusterConfiguration(nav, root, file, line, out);
      return;
    }
    case 'InitConfiguration':
    case 'JoinConfiguration': {
      readNodeRegistration(nav, root, file, label, out);
      return;
    }
  }
  out.ignored.push(`${label}: not a kind that sets these paths`);
}

// kubeadm ClusterConfiguration: apiServer.extraArgs as a map (v1beta2/3) or a name/value list (v1beta4).
function readClusterConfiguration(
  nav: YamlNav,
  root: Node,
  file: string,
  line: number,
  out: YamlRead,
): void {
  const extra = nav.get(root, 'apiServer', 'extraArgs');
  const set = readExtraArgs(nav, extra, file, out, 'apiServer.extraArgs');
  const verNode = nav.get(root, 'kubernetesVersion');
  const verText = nav.text(verNode);
  const parsed = verText ? parseVersion(verText) : undefined;
  const v = parsed?.ok ? parsed.value.version : undefined;
  if (verText && !v)
    out.warnings.push({
      file,
      line: nav.lineOf(verNode),
      message: `kubernetesVersion "${verText}" is not a version number; the version is assumed`,
    });
  out.kinds.push('kubeadm ClusterConfiguration');
  out.sources.push({
    kind: 'command',
    file,
    kubeadm: true,
    cmd: { binary: 'kube-apiserver', flags: set, line: extra ? nav.lineOf(extra) : line },
    ...(v
      ? { version: { version: v, line: nav.lineOf(verNode), setting: 'kubernetesVersion' } }
      : {}),
  });
}

// kubeadm extraArgs: a map (v1beta2/v1beta3) or a list of {name, value} (v1beta4).
function readExtraArgs(
  nav: YamlNav,
  node: Node | undefined,
  file: string,
  out: YamlRead,
  field: string,
): FlagSet {
  const flags = new Map<string, FlagHit>();
  const repeated: FlagHit[] = [];
  const add = (rawName: string, value: string, at: number) => {
    const name = normaliseFlag(rawName.replace(/^--?/, ''));
    const prev = flags.get(name);
    if (prev) repeated.push(prev);
    flags.set(name, { name, value, bare: false, line: at });
  };
  if (nav.isSeq(node)) {
    for (const item of nav.items(node)) {
      const n = nav.text(nav.get(item, 'name'));
      if (n === undefined) {
        out.warnings.push({
          file,
          line: nav.lineOf(item),
          message: `${field} entry without a name was ignored`,
        });
        continue;
      }
      add(n, nav.text(nav.get(item, 'value')) ?? '', nav.lineOf(item));
    }
  } else for (const e of nav.entries(node)) add(e.key, nav.text(e.value) ?? '', e.line);
  return { flags, repeated, positional: [] };
}

// kubeadm Init/JoinConfiguration: kubeletExtraArgs are kubelet flags over the config file kubeadm writes.
function readNodeRegistration(
  nav: YamlNav,
  root: Node,
  file: string,
  label: string,
  out: YamlRead,
): void {
  const node = nav.get(root, 'nodeRegistration', 'kubeletExtraArgs');
  const set = readExtraArgs(nav, node, file, out, 'nodeRegistration.kubeletExtraArgs');
  if (set.flags.size === 0) {
    out.ignored.push(`${label}: no nodeRegistration.kubeletExtraArgs`);
    return;
  }
  const nodeName = nav.text(nav.get(root, 'nodeRegistration', 'name'));
  out.kinds.push(`kubeadm ${nav.text(nav.get(root, 'kind'))} (kubeletExtraArgs)`);
  out.sources.push({
    kind: 'command',
    file,
    kubeadm: true,
    cmd: { binary: 'kubelet', flags: set, line: nav.lineOf(node) },
    ...(nodeName ? { node: nodeName } : {}),
  });
}
