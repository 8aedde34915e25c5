import { parseFlags, type FlagSet } from './flags';
import type { Token } from './shell';

/** The binaries whose flags the importer reads. */
export type Binary = 'kube-apiserver' | 'kubelet' | 'konnectivity-server' | 'konnectivity-agent';

/** Flags of one binary found in a file, with the line where its command starts. */
export interface CommandLine {
  readonly binary: Binary;
  readonly flags: FlagSet;
  readonly line: number;
  /** The word that named the binary (a path or image), for version hints. */
  readonly named?: string;
}

const NAMES: Readonly<Record<string, Binary>> = {
  'kube-apiserver': 'kube-apiserver',
  'kube-apiserver-amd64': 'kube-apiserver',
  'kube-apiserver-arm64': 'kube-apiserver',
  kubelet: 'kubelet',
  'proxy-server': 'konnectivity-server',
  'konnectivity-server': 'konnectivity-server',
  'proxy-agent': 'konnectivity-agent',
  'konnectivity-agent': 'konnectivity-agent',
};

/** The binary a word names (`/usr/local/bin/kube-apiserver`, `kubelet`), if any. */
export function binaryOf(word: string): Binary | undefined {
  const base = word.split('/').pop() ?? '';
  return Object.hasOwn(NAMES, base) ? NAMES[base] : undefined;
}

// Flags that only one of the binaries has: used to tell flag lists without a binary name apart.
const HINTS: Readonly<Record<Binary, RegExp>> = {
  'kube-apiserver':
    /^(etcd-.*|service-cluster-ip-range|kubelet-(client-certificate|client-key|certificate-authority|https|preferred-address-types|timeout)|enable-admission-plugins|disable-admission-plugins|admission-control.*|service-account-.*|egress-selector-config-file|ssh-user|ssh-keyfile|insecure-port|insecure-bind-address|advertise-address|secure-port|allow-privileged|enable-bootstrap-token-auth|requestheader-.*|proxy-client-.*|authorization-config|authorization-policy-file|audit-.*|encryption-provider-config|api-audiences|runtime-config|service-node-port-range|apiserver-count|endpoint-reconciler-type)$/,
  kubelet:
    /^(config|container-runtime-endpoint|container-runtime|read-only-port|rotate-server-certificates|rotate-certificates|bootstrap-kubeconfig|authentication-token-webhook|cgroup-driver|node-ip|hostname-override|pod-infra-container-image|network-plugin|register-node|cluster-dns|cluster-domain|fail-swap-on|node-labels|pod-manifest-path|runtime-request-timeout|image-service-endpoint|kube-reserved|system-reserved|max-pods|resolv-conf)$/,
  'konnectivity-server':
    /^(mode|uds-name|agent-port|server-port|cluster-cert|cluster-key|agent-namespace|agent-service-account|authentication-audience|cluster-ca-cert|admin-port|health-port|server-count|server-ca-cert|server-cert|server-key|delete-existing-uds-file|proxy-strategies)$/,
  'konnectivity-agent':
    /^(proxy-server-host|proxy-server-port|service-account-token-path|agent-cert|agent-key|agent-identifiers|admin-server-port|health-server-port|sync-interval|ca-cert)$/,
};

/** Guesses the binary from flag names alone; undefined when nothing or a tie points to one. */
export function guessBinary(flags: FlagSet): Binary | undefined {
  let best: Binary | undefined;
  let bestScore = 0;
  let tie = false;
  for (const b of Object.keys(HINTS) as Binary[]) {
    let score = 0;
    for (const name of flags.flags.keys()) if (HINTS[b].test(name)) score++;
    if (score > bestScore) {
      best = b;
      bestScore = score;
      tie = false;
    } else if (score === bestScore && score > 0) tie = true;
  }
  return tie ? undefined : best;
}

/** Splits words at each binary name; flags before any binary form an unnamed segment. */
export function splitCommands(words: readonly Token[]): {
  readonly commands: readonly CommandLine[];
  readonly unnamed?: { readonly flags: FlagSet; readonly line: number };
} {
  const commands: CommandLine[] = [];
  let current: { binary: Binary; line: number; named: string; words: Token[] } | null = null;
  const head: Token[] = [];
  let prev = '';
  for (const w of words) {
    // `hyperkube apiserver` (the old all-in-one binary's subcommand) runs kube-apiserver.
    const b =
      binaryOf(w.text) ??
      (w.text === 'apiserver' && /(^|\/)hyperkube$/.test(prev) ? 'kube-apiserver' : undefined);
    prev = w.text;
    if (b) {
      if (current) commands.push(toCommand(current));
      current = { binary: b, line: w.line, named: w.text, words: [] };
    } else if (current) current.words.push(w);
    else head.push(w);
  }
  if (current) commands.push(toCommand(current));
  // A lone `-E` of a grep before the binary is not a flag list; a `--flag` is.
  if (!head.some((w) => w.text.startsWith('--') && w.text.length > 2)) return { commands };
  // Words before the first flag are ps columns or prompts; only flags and their values matter.
  const first = head.findIndex((w) => w.text.startsWith('-'));
  return { commands, unnamed: { flags: parseFlags(head.slice(first)), line: head[first]!.line } };
}

function toCommand(c: {
  binary: Binary;
  line: number;
  named: string;
  words: Token[];
}): CommandLine {
  return { binary: c.binary, line: c.line, named: c.named, flags: parseFlags(c.words) };
}

/** Human name of a binary's command line, for file kinds. */
export const BINARY_LABEL: Readonly<Record<Binary, string>> = {
  'kube-apiserver': 'kube-apiserver',
  kubelet: 'kubelet',
  'konnectivity-server': 'konnectivity-server (proxy-server)',
  'konnectivity-agent': 'konnectivity-agent (proxy-agent)',
};
