import {
  AGENT_AUTHENTICATIONS,
  AUTHORIZATION_MODES,
  FRONTENDS,
  KUBELET_AUTHZ_MODES,
  PROXY_SCHEMES,
  SERVING_CERTIFICATES,
  type AuthorizationMode,
  type Config,
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
  'pods.automountServiceAccountToken',
] as const;
export type ConfigKey = (typeof CONFIG_KEYS)[number];

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
    upstreamDefault: '1.34',
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

/** Reads one config key. */
export function getKey(config: Config, key: ConfigKey): ConfigValue {
  if (key === 'version') return config.version;
  const [section, field] = key.split('.') as [string, string];
  return (config as unknown as Record<string, Record<string, ConfigValue>>)[section]![field]!;
}

/** Returns a new config with one key changed; the value must already be valid for the key. */
export function setKey(config: Config, key: ConfigKey, value: ConfigValue): Config {
  if (key === 'version') return { ...config, version: value as string };
  const [section, field] = key.split('.') as [keyof Config, string];
  const current = config[section] as object;
  return { ...config, [section]: { ...current, [field]: value } };
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
      return '1.N (e.g. 1.34)';
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

/** Flattens a config to key → value, in CONFIG_KEYS order. */
export function flattenConfig(config: Config): ReadonlyArray<readonly [ConfigKey, ConfigValue]> {
  return CONFIG_KEYS.map((k) => [k, getKey(config, k)] as const);
}
