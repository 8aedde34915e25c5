import type { Token } from './shell';

/** One flag occurrence on a command line. */
export interface FlagHit {
  /** Normalised name without dashes: `insecure_port` becomes `insecure-port`. */
  readonly name: string;
  /** The value; '' for a bare boolean flag. Placeholders like `<ip>` or `${VAR}` stay as text. */
  readonly value: string;
  /** True when the flag was given without a value (`--anonymous-auth`). */
  readonly bare: boolean;
  readonly line: number;
  /** The spelling used, when an old alias was normalised (`udsName`). */
  readonly alias?: string;
}

/** The flags of one command line: last occurrence wins, earlier ones are kept for warnings. */
export interface FlagSet {
  readonly flags: ReadonlyMap<string, FlagHit>;
  readonly repeated: readonly FlagHit[];
  /** Words that are neither flags nor flag values (after the binary). */
  readonly positional: readonly Token[];
}

// Boolean flags never take the next word as their value (pflag's NoOptDefVal).
const BOOL_FLAGS = new Set([
  'anonymous-auth',
  'authentication-token-webhook',
  'rotate-server-certificates',
  'rotate-certificates',
  'kubelet-https',
  'allow-privileged',
  'logtostderr',
  'alsologtostderr',
  'enable-bootstrap-token-auth',
  'enable-aggregator-routing',
  'enable-swagger-ui',
  'profiling',
  'fail-swap-on',
  'register-node',
  'server-tls-bootstrap',
  'delete-existing-uds-file',
  'enable-profiling',
  'enable-contention-profiling',
  'warn-on-channel-limit',
  'feature-gates-unused',
]);

// Old spellings that the binaries still accept under another name.
const ALIASES: Readonly<Record<string, string>> = { udsName: 'uds-name' };

/** Normalises a flag name the way Kubernetes' flag sets do (`_` → `-`), plus known aliases. */
export function normaliseFlag(name: string): string {
  return Object.hasOwn(ALIASES, name) ? ALIASES[name]! : name.replace(/_/g, '-');
}

const FLAG_RE = /^--?([A-Za-z][\w.-]*)(?:=([\s\S]*))?$/;

/** Reads flags from command-line words; words that are not flags are returned as positional. */
export function parseFlags(words: readonly Token[]): FlagSet {
  const flags = new Map<string, FlagHit>();
  const repeated: FlagHit[] = [];
  const positional: Token[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const m = FLAG_RE.exec(w.text);
    if (!m) {
      if (w.text !== '--') positional.push(w);
      continue;
    }
    const name = normaliseFlag(m[1]!);
    const alias = Object.hasOwn(ALIASES, m[1]!) ? m[1]! : undefined;
    let value = m[2];
    let bare = false;
    if (value === undefined) {
      const next = words[i + 1];
      if (!BOOL_FLAGS.has(name) && next !== undefined && !next.text.startsWith('-')) {
        value = next.text;
        i++;
      } else {
        value = '';
        bare = true;
      }
    }
    const hit: FlagHit = alias
      ? { name, value, bare, line: w.line, alias }
      : { name, value, bare, line: w.line };
    const prev = flags.get(name);
    if (prev) repeated.push(prev);
    flags.set(name, hit);
  }
  return { flags, repeated, positional };
}

/** True when a value is a template placeholder rather than a real value. */
export function isPlaceholder(value: string): boolean {
  return /<[^<>]*>|\$\{?[A-Za-z_]|\{\{|%\{|@@/.test(value);
}
