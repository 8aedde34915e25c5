import type { Node } from 'yaml';
import { binaryOf, splitCommands, type Binary, type CommandLine } from './binaries';
import { parseFlags } from './flags';
import { shellTokens, type Token } from './shell';
import type { VersionHint } from './sources';
import type { YamlNav } from './yamlNav';

/** Workload kinds whose containers are read. */
export const WORKLOAD_KINDS = new Set([
  'Pod',
  'DaemonSet',
  'Deployment',
  'StatefulSet',
  'ReplicaSet',
]);

const IMAGE_BINARIES: readonly [RegExp, Binary][] = [
  [/(^|\/)kube-apiserver(-\w+)?(:|@|$)/, 'kube-apiserver'],
  [/(^|\/)(proxy-server|konnectivity-server)(:|@|$)/, 'konnectivity-server'],
  [/(^|\/)(proxy-agent|konnectivity-agent)(:|@|$)/, 'konnectivity-agent'],
];

/**
 * The Kubernetes minor version in an image tag or binary URL (`kube-apiserver:v1.30.0` → "1.30",
 * `hyperkube:v1.2.3_coreos.0` → "1.2", `.../v1.30.0/bin/linux/amd64/kube-apiserver`); an image
 * pinned by digest only has no version.
 */
export function versionIn(text: string): string | undefined {
  const m = /(?:(?:kube-apiserver|hyperkube)(?:-\w+)?:|\/)v?(1\.\d{1,2})\.\d+/.exec(text);
  return m ? m[1] : undefined;
}

/** The binaries run by a workload's containers, with their flags and the apiserver image version. */
export function readWorkload(
  nav: YamlNav,
  root: Node | undefined,
  kind: string,
): { commands: { cmd: CommandLine; version?: VersionHint }[]; containers: number } {
  const spec = kind === 'Pod' ? nav.get(root, 'spec') : nav.get(root, 'spec', 'template', 'spec');
  const out: { cmd: CommandLine; version?: VersionHint }[] = [];
  const containers = nav.items(nav.get(spec, 'containers'));
  for (const c of containers) {
    const words = [
      ...itemsAsWords(nav, nav.get(c, 'command')),
      ...itemsAsWords(nav, nav.get(c, 'args')),
    ];
    const imageNode = nav.get(c, 'image');
    const image = nav.text(imageNode) ?? '';
    const split = splitCommands(expandShell(words));
    let cmds = [...split.commands];
    if (cmds.length === 0 && split.unnamed) {
      const byImage = IMAGE_BINARIES.find(([re]) => re.test(image))?.[1];
      const byName = binaryOf(nav.text(nav.get(c, 'name')) ?? '');
      const binary = byImage ?? byName;
      if (binary) cmds = [{ binary, flags: split.unnamed.flags, line: nav.lineOf(c) }];
    } else if (cmds.length === 0) {
      const byImage = IMAGE_BINARIES.find(([re]) => re.test(image))?.[1];
      if (byImage) cmds = [{ binary: byImage, flags: parseFlags([]), line: nav.lineOf(c) }];
    }
    for (const cmd of cmds) {
      const v = cmd.binary === 'kube-apiserver' ? versionIn(image) : undefined;
      out.push(
        v
          ? { cmd, version: { version: v, line: nav.lineOf(imageNode), setting: `image ${image}` } }
          : { cmd },
      );
    }
  }
  return { commands: out, containers: containers.length };
}

// Each list item is one word; a scalar `command` is one word too (Kubernetes does not split it).
function itemsAsWords(nav: YamlNav, node: Node | undefined): Token[] {
  if (node === undefined) return [];
  if (!nav.isSeq(node)) {
    const t = nav.text(node);
    return t === undefined ? [] : [{ text: t, line: nav.lineOf(node) }];
  }
  return nav
    .items(node)
    .map((n) => ({ text: nav.text(n) ?? '', line: nav.lineOf(n) }))
    .filter((w) => w.text !== '');
}

// `command: [sh, -c, "exec kube-apiserver --a=b ..."]`: the script is a command line of its own.
function expandShell(words: Token[]): Token[] {
  const sh = words[0] && /(^|\/)(sh|bash|ash|dash)$/.test(words[0].text);
  const c = words.findIndex((w) => w.text === '-c');
  if (!sh || c < 0 || words[c + 1] === undefined) return words;
  const script = words[c + 1]!;
  return [...shellTokens(script.text, script.line).tokens, ...words.slice(c + 2)];
}
