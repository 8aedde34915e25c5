import {
  AGENT_AUTHENTICATIONS,
  AUTHORIZATION_MODES,
  FRONTENDS,
  KUBELET_AUTHZ_MODES,
  PROXY_SCHEMES,
  SERVING_CERTIFICATES,
  type AuthorizationMode,
  type Config,
  type KubeletConfig,
  type NodePool,
  type PoolView,
  type Result,
} from './types';
import { parseVersion } from './version';

/** The component group a config key belongs to (controls are grouped by it). */
export type KeyGroup = 'cluster' | 'apiserver' | 'kubelet' | 'konnectivity' | 'pods';

type ValueKind =
  | { readonly kind: 'bool' }
  | { readonly kind: 'enum'; readonly choices: readonly string[] }
  | { readonly kind: 'list'; readonly choices: readonly string[] }
  | { readonly kind: 'int'; readonly min: number; readonly max: number }
  | { readonly kind: 'version' };

/** One DOMAIN.md config key: its real flag or field, its type, its upstream default. */
export interface KeySpec {
  readonly key: ConfigKey;
  readonly group: KeyGroup;
  readonly type: ValueKind;
  /** The real flag or config field, as shown in the UI and reports. */
  readonly flag: string;
  /** One line: what the setting does. */
  readonly help: string;
  /** Upstream default, in words (the kubelet has two default sets). */
  readonly upstreamDefault: string;
  /** Facts about the cluster, not fixes: never changed by a plan. */
  readonly fact?: boolean;
}

/** Every config key of DOMAIN.md §4, in display order. Public contract. */
export const CONFIG_KEYS = [
  'version',
  'network.untrusted',
  'apiserver.anonymousAuth',
  'apiserver.authorizationModes',
  'apiserver.kubeletCertificateAuthority',
  'apiserver.kubeletClientCertificate',
  'apiserver.sshTunnels',
  'apiserver.proxyScheme',
  'kubelet.anonymousAuth',
  'kubelet.webhookAuthentication',
  'kubelet.clientCAFile',
  'kubelet.authorizationMode',
  'kubelet.readOnlyPort',
  'kubelet.servingCertificate',
  'konnectivity.enabled',
  'konnectivity.agentAuthentication',
  'konnectivity.frontend',
  'konnectivity.serverMatchesEgress',
  'pods.automountServiceAccountToken',
] as const;
export type ConfigKey = (typeof CONFIG_KEYS)[number];

/** The six per-pool kubelet fields (DOMAIN.md §9): every other key is cluster-wide. */
export const KUBELET_FIELDS = [
  'anonymousAuth',
  'webhookAuthentication',
  'clientCAFile',
  'authorizationMode',
  'readOnlyPort',
  'servingCertificate',
] as const satisfies readonly (keyof KubeletConfig)[];
export type KubeletField = (typeof KUBELET_FIELDS)[number];
/** A per-pool key: `kubelet.X` (on its own it means every pool). */
export type KubeletKey = `kubelet.${KubeletField}`;

/** True for the six `kubelet.*` keys, which each pool sets for itself. */
export function isKubeletKey(key: string): key is KubeletKey {
  return key.startsWith('kubelet.') && isConfigKey(key);
}

const bool = { kind: 'bool' } as const;
const oneOf = (choices: readonly string[]) => ({ kind: 'enum', choices }) as const;

/** The key catalogue, as data. */
export const KEY_SPECS: Readonly<Record<ConfigKey, KeySpec>> = {
  version: {
    key: 'version',
    group: 'cluster',
    type: { kind: 'version' },
    flag: 'Kubernetes version',
    help: 'Kubernetes minor version of the control plane (SSH tunnel flags were removed in 1.22).',
    upstreamDefault: '1.36',
    fact: true,
  },
  'network.untrusted': {
    key: 'network.untrusted',
    group: 'cluster',
    type: bool,
    flag: 'untrusted control-plane ↔ node network',
    help: 'The network between control plane and nodes is untrusted (public IPs, a cloud network you do not own).',
    upstreamDefault: 'true',
    fact: true,
  },
  'apiserver.anonymousAuth': {
    key: 'apiserver.anonymousAuth',
    group: 'apiserver',
    type: bool,
    flag: '--anonymous-auth',
    help: 'kube-apiserver treats unauthenticated requests as system:anonymous.',
    upstreamDefault: 'true',
  },
  'apiserver.authorizationModes': {
    key: 'apiserver.authorizationModes',
    group: 'apiserver',
    type: { kind: 'list', choices: AUTHORIZATION_MODES },
    flag: '--authorization-mode',
    help: 'Ordered authorizer chain; AlwaysAllow anywhere in it allows everything.',
    upstreamDefault: 'AlwaysAllow (flag absent, no --authorization-config)',
  },
  'apiserver.kubeletCertificateAuthority': {
    key: 'apiserver.kubeletCertificateAuthority',
    group: 'apiserver',
    type: bool,
    flag: '--kubelet-certificate-authority',
    help: "kube-apiserver verifies the kubelet's serving certificate against this CA.",
    upstreamDefault: 'unset',
  },
  'apiserver.kubeletClientCertificate': {
    key: 'apiserver.kubeletClientCertificate',
    group: 'apiserver',
    type: bool,
    flag: '--kubelet-client-certificate and --kubelet-client-key',
    help: 'kube-apiserver presents a client certificate to kubelets.',
    upstreamDefault: 'unset',
  },
  'apiserver.sshTunnels': {
    key: 'apiserver.sshTunnels',
    group: 'apiserver',
    type: bool,
    flag: '--ssh-user and --ssh-keyfile',
    help: 'Legacy SSH tunnels to nodes (deprecated in 1.9, removed in 1.22).',
    upstreamDefault: 'unset',
  },
  'apiserver.proxyScheme': {
    key: 'apiserver.proxyScheme',
    group: 'apiserver',
    type: oneOf(PROXY_SCHEMES),
    flag: 'https: prefix on proxied node/pod/service names',
    help: 'The apiserver proxy dials http:// unless the name is prefixed https: (which still verifies nothing).',
    upstreamDefault: 'http',
  },
  'kubelet.anonymousAuth': {
    key: 'kubelet.anonymousAuth',
    group: 'kubelet',
    type: bool,
    flag: 'authentication.anonymous.enabled (--anonymous-auth)',
    help: 'The kubelet treats unauthenticated requests to :10250 as system:anonymous.',
    upstreamDefault: 'flags only: true; config file: false',
  },
  'kubelet.webhookAuthentication': {
    key: 'kubelet.webhookAuthentication',
    group: 'kubelet',
    type: bool,
    flag: 'authentication.webhook.enabled (--authentication-token-webhook)',
    help: 'The kubelet checks bearer tokens with a TokenReview (metrics-server, users); not the apiserver certificate.',
    upstreamDefault: 'flags only: false; config file: true',
  },
  'kubelet.clientCAFile': {
    key: 'kubelet.clientCAFile',
    group: 'kubelet',
    type: bool,
    flag: 'authentication.x509.clientCAFile (--client-ca-file)',
    help: 'The kubelet authenticates client certificates signed by this CA (the apiserver’s among them).',
    upstreamDefault: 'unset (kubeadm sets it)',
  },
  'kubelet.authorizationMode': {
    key: 'kubelet.authorizationMode',
    group: 'kubelet',
    type: oneOf(KUBELET_AUTHZ_MODES),
    flag: 'authorization.mode (--authorization-mode)',
    help: 'Webhook asks the apiserver (SubjectAccessReview) whether a caller may use the kubelet API.',
    upstreamDefault: 'flags only: AlwaysAllow; config file: Webhook',
  },
  'kubelet.readOnlyPort': {
    key: 'kubelet.readOnlyPort',
    group: 'kubelet',
    type: { kind: 'int', min: 0, max: 65535 },
    flag: 'readOnlyPort (--read-only-port)',
    help: 'Unauthenticated plain-HTTP read-only kubelet API; 0 disables it.',
    upstreamDefault: 'flags only: 10255; config file: 0',
  },
  'kubelet.servingCertificate': {
    key: 'kubelet.servingCertificate',
    group: 'kubelet',
    type: oneOf(SERVING_CERTIFICATES),
    flag: 'tlsCertFile / serverTLSBootstrap (--rotate-server-certificates)',
    help: 'Who signed the kubelet serving certificate: itself, the CA the apiserver trusts, or the cluster via approved CSRs.',
    upstreamDefault: 'self-signed',
  },
  'konnectivity.enabled': {
    key: 'konnectivity.enabled',
    group: 'konnectivity',
    type: bool,
    flag: '--egress-selector-config-file (cluster: GRPC or HTTPConnect)',
    help: 'The apiserver dials nodes through the Konnectivity server and agents instead of directly.',
    upstreamDefault: 'unset (Direct)',
  },
  'konnectivity.agentAuthentication': {
    key: 'konnectivity.agentAuthentication',
    group: 'konnectivity',
    type: oneOf(AGENT_AUTHENTICATIONS),
    flag: 'konnectivity-server --agent-namespace/--agent-service-account/--authentication-audience or --cluster-ca-cert',
    help: 'How the Konnectivity server authenticates agents; none accepts any agent.',
    upstreamDefault: 'none',
  },
  'konnectivity.frontend': {
    key: 'konnectivity.frontend',
    group: 'konnectivity',
    type: oneOf(FRONTENDS),
    flag: 'egress selector transport (uds / tcp url + tlsConfig)',
    help: 'How the apiserver reaches the Konnectivity server: Unix socket, TCP with mutual TLS, or plain TCP (not served).',
    upstreamDefault: 'uds',
  },
  'konnectivity.serverMatchesEgress': {
    key: 'konnectivity.serverMatchesEgress',
    group: 'konnectivity',
    type: bool,
    flag: 'konnectivity-server --mode and --uds-name = egress proxyProtocol and udsName',
    help: 'The server speaks the protocol (grpc ↔ GRPC, http-connect ↔ HTTPConnect) and listens on the socket the apiserver dials; a mismatch fails every tunneled dial.',
    upstreamDefault: 'true (both sides as documented)',
  },
  'pods.automountServiceAccountToken': {
    key: 'pods.automountServiceAccountToken',
    group: 'pods',
    type: bool,
    flag: 'automountServiceAccountToken',
    help: 'Pods get a service-account token and the cluster CA to call the apiserver.',
    upstreamDefault: 'true',
  },
};

/** A config value as it appears in the flat key space. */
export type ConfigValue = boolean | number | string | readonly string[];

/**
 * Where a key is written: a config key and, for a `kubelet.*` key, optionally one pool by name.
 * `{ key: 'kubelet.readOnlyPort' }` is every pool; `{ key, pool: 'gpu' }` is `pools.gpu.kubelet.readOnlyPort`.
 */
export interface KeyTarget {
  readonly key: ConfigKey;
  readonly pool?: string;
}

const fieldOf = (key: ConfigKey): string => key.slice(key.indexOf('.') + 1);

/**
 * Reads one config key. On a scenario a kubelet key reads the named pool, or the first pool when
 * none is named (a one-pool scenario's value; use kubeletValues for every pool's).
 */
export function getKey(config: Config | PoolView, key: ConfigKey, pool?: string): ConfigValue {
  if (key === 'version') return config.version;
  if (isKubeletKey(key)) {
    const kubelet =
      'pools' in config
        ? (pool === undefined ? config.pools[0] : config.pools.find((p) => p.name === pool))?.kubelet
        : config.kubelet;
    if (!kubelet) throw new Error(`no pool named "${pool}"`);
    return kubelet[fieldOf(key) as KubeletField];
  }
  const [section, field] = key.split('.') as [string, string];
  return (config as unknown as Record<string, Record<string, ConfigValue>>)[section]![field]!;
}

/** The value of a kubelet key on each pool, in pool order. */
export function kubeletValues(config: Config, key: KubeletKey): ConfigValue[] {
  const field = fieldOf(key) as KubeletField;
  return config.pools.map((p) => p.kubelet[field]);
}

/**
 * Returns a new scenario with one key changed; the value must already be valid for the key. A
 * kubelet key changes every pool, or only `pool` when given; a pool on a cluster-wide key is a bug.
 */
export function setKey(config: Config, key: ConfigKey, value: ConfigValue, pool?: string): Config {
  if (isKubeletKey(key)) {
    const field = fieldOf(key);
    if (pool !== undefined && !config.pools.some((p) => p.name === pool)) throw new Error(`no pool named "${pool}"`);
    const pools = config.pools.map((p): NodePool =>
      pool === undefined || p.name === pool ? { ...p, kubelet: { ...p.kubelet, [field]: value } } : p,
    );
    return { ...config, pools };
  }
  if (pool !== undefined) throw new Error(`${key} is cluster-wide: it has no per-pool value`);
  if (key === 'version') return { ...config, version: value as string };
  const [section, field] = key.split('.') as [keyof Config, string];
  const current = config[section] as object;
  return { ...config, [section]: { ...current, [field]: value } };
}

/** Writes a target the way keys are written everywhere: `kubelet.X` or `pools.NAME.kubelet.X`. */
export function formatTarget(t: KeyTarget): string {
  return t.pool === undefined ? t.key : `pools.${t.pool}.${t.key}`;
}

/**
 * Reads `KEY` or `pools.NAME.kubelet.X` (syntax only: whether the pool exists is the caller's
 * question). Errors name the bad part and the valid keys.
 */
export function parseTarget(text: string): Result<KeyTarget> {
  if (text.startsWith('pools.')) {
    const m = /^pools\.([^.]*)\.(kubelet\.[A-Za-z]+)$/.exec(text);
    if (!m) return { ok: false, error: `"${text}" is not pools.NAME.kubelet.FIELD` };
    const [, pool, key] = m as unknown as [string, string, string];
    if (!isKubeletKey(key)) {
      return {
        ok: false,
        error: `"${key}" in ${text} is not a per-pool key; per-pool keys: ${KUBELET_FIELDS.map((f) => `kubelet.${f}`).join(', ')}`,
      };
    }
    return { ok: true, value: { key, pool } };
  }
  if (!isConfigKey(text)) {
    return { ok: false, error: `unknown config key "${text}"; valid keys: ${CONFIG_KEYS.join(', ')}, pools.NAME.kubelet.FIELD` };
  }
  return { ok: true, value: { key: text } };
}

/** True when `k` is a DOMAIN.md config key. */
export function isConfigKey(k: string): k is ConfigKey {
  return (CONFIG_KEYS as readonly string[]).includes(k);
}

/** Describes the valid values of a key, for error messages and help. */
export function describeChoices(key: ConfigKey): string {
  const t = KEY_SPECS[key].type;
  switch (t.kind) {
    case 'bool':
      return 'true|false';
    case 'enum':
      return t.choices.join('|');
    case 'list':
      return `comma-separated list of ${t.choices.join(', ')}`;
    case 'int':
      return `an integer ${t.min}..${t.max}`;
    case 'version':
      return '1.N (e.g. 1.36)';
  }
}

/** Parses text into a valid value for `key` (the CLI's --set and the URL codec use it). */
export function parseValue(key: ConfigKey, text: string): Result<ConfigValue> {
  const t = KEY_SPECS[key].type;
  const bad = (): Result<ConfigValue> => ({
    ok: false,
    error: `invalid value "${text}" for ${key}: expected ${describeChoices(key)}`,
  });
  const s = text.trim();
  switch (t.kind) {
    case 'bool':
      return s === 'true' ? { ok: true, value: true } : s === 'false' ? { ok: true, value: false } : bad();
    case 'enum':
      return t.choices.includes(s) ? { ok: true, value: s } : bad();
    case 'int': {
      if (!/^\d+$/.test(s)) return bad();
      const n = Number(s);
      return n >= t.min && n <= t.max ? { ok: true, value: n } : bad();
    }
    case 'version': {
      const v = parseVersion(s);
      return v.ok ? { ok: true, value: v.value.version } : bad();
    }
    case 'list': {
      const items = s.split(',').map((x) => x.trim());
      if (items.length === 0 || items.some((x) => !t.choices.includes(x))) return bad();
      if (new Set(items).size !== items.length) {
        return { ok: false, error: `invalid value "${text}" for ${key}: a mode is repeated` };
      }
      return { ok: true, value: items as AuthorizationMode[] };
    }
  }
}

/** Formats a value the way parseValue reads it back. */
export function formatValue(value: ConfigValue): string {
  return Array.isArray(value) ? value.join(',') : String(value);
}

/** Structural equality of two config values. */
export function sameValue(a: ConfigValue, b: ConfigValue): boolean {
  return formatValue(a) === formatValue(b);
}

/**
 * Every setting of a scenario as (target, value), in catalogue order: cluster-wide keys as they
 * are; a kubelet key as `kubelet.X` when every pool agrees, else once per pool.
 */
export function settingEntries(config: Config): ReadonlyArray<readonly [KeyTarget, ConfigValue]> {
  const out: (readonly [KeyTarget, ConfigValue])[] = [];
  for (const key of CONFIG_KEYS) {
    if (!isKubeletKey(key)) {
      out.push([{ key }, getKey(config, key)] as const);
      continue;
    }
    const values = kubeletValues(config, key);
    if (values.every((v) => sameValue(v, values[0]!))) out.push([{ key }, values[0]!] as const);
    else config.pools.forEach((p, i) => out.push([{ key, pool: p.name }, values[i]!] as const));
  }
  return out;
}

/**
 * The settings two scenarios disagree on, pool by pool (pools matched by position; names and node
 * counts are topology, not settings). Each entry carries `b`'s value. Different pool counts
 * compare every kubelet key of `b` per pool.
 */
export function differingSettings(a: Config, b: Config): Array<readonly [KeyTarget, ConfigValue]> {
  const out: Array<readonly [KeyTarget, ConfigValue]> = [];
  for (const key of CONFIG_KEYS) {
    if (!isKubeletKey(key)) {
      if (!sameValue(getKey(a, key), getKey(b, key))) out.push([{ key }, getKey(b, key)] as const);
      continue;
    }
    const bv = kubeletValues(b, key);
    const av = kubeletValues(a, key);
    const uniform = bv.every((v) => sameValue(v, bv[0]!));
    const differs = bv.map((v, i) => av.length !== bv.length || !sameValue(v, av[i]!));
    if (!differs.some(Boolean)) continue;
    if (uniform && (b.pools.length === 1 || differs.every(Boolean))) out.push([{ key }, bv[0]!] as const);
    else b.pools.forEach((p, i) => differs[i] && out.push([{ key, pool: p.name }, bv[i]!] as const));
  }
  return out;
}

/** True when two scenarios agree on every setting (pool names and node counts aside). */
export function sameSettings(a: Config, b: Config): boolean {
  return a.pools.length === b.pools.length && differingSettings(a, b).length === 0;
}
