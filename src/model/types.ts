/** Component kinds of the control-plane ↔ node picture (DOMAIN.md §1). */
export const COMPONENT_KINDS = [
  'apiserver',
  'konnectivity-server',
  'etcd',
  'scheduler',
  'controller-manager',
  'kubelet',
  'kube-proxy',
  'konnectivity-agent',
  'pod',
  'service',
  'user',
] as const;
export type ComponentKind = (typeof COMPONENT_KINDS)[number];

/** Network zones; the link between control-plane and node is the one that may be untrusted. */
export const ZONES = ['control-plane', 'node', 'outside'] as const;
export type Zone = (typeof ZONES)[number];

/** The eleven stable path ids (DOMAIN.md §2). Public contract: do not rename. */
export const PATH_IDS = [
  'kubelet-apiserver',
  'kube-proxy-apiserver',
  'pod-apiserver',
  'konnectivity-agent-server',
  'apiserver-kubelet',
  'apiserver-proxy-node',
  'apiserver-proxy-pod',
  'apiserver-proxy-service',
  'apiserver-konnectivity-server',
  'apiserver-ssh-tunnel',
  'kubelet-readonly',
] as const;
export type PathId = (typeof PATH_IDS)[number];

/** The six path states (DOMAIN.md §3). */
export const STATES = ['secure', 'tunneled', 'unverified', 'plaintext', 'broken', 'disabled'] as const;
export type PathState = (typeof STATES)[number];

export const DIRECTIONS = [
  'node-to-control-plane',
  'control-plane-to-node',
  'inside-control-plane',
  'into-node',
] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** True exactly for the states that are safe over an untrusted network. */
export function isSafe(state: PathState): boolean {
  return state === 'secure' || state === 'tunneled';
}

/** True for states that are an exposure on an untrusted network (not safe, not broken, not absent). */
export function isExposed(state: PathState): boolean {
  return state === 'unverified' || state === 'plaintext';
}

export const AUTHORIZATION_MODES = ['AlwaysAllow', 'AlwaysDeny', 'ABAC', 'Webhook', 'RBAC', 'Node'] as const;
export type AuthorizationMode = (typeof AUTHORIZATION_MODES)[number];

export const KUBELET_AUTHZ_MODES = ['AlwaysAllow', 'Webhook'] as const;
export type KubeletAuthorizationMode = (typeof KUBELET_AUTHZ_MODES)[number];

export const SERVING_CERTIFICATES = ['self-signed', 'ca-signed', 'tls-bootstrap'] as const;
export type ServingCertificate = (typeof SERVING_CERTIFICATES)[number];

export const AGENT_AUTHENTICATIONS = ['service-account-token', 'mtls', 'none'] as const;
export type AgentAuthentication = (typeof AGENT_AUTHENTICATIONS)[number];

export const FRONTENDS = ['uds', 'tcp-tls', 'tcp'] as const;
export type KonnectivityFrontend = (typeof FRONTENDS)[number];

export const PROXY_SCHEMES = ['http', 'https'] as const;
export type ProxyScheme = (typeof PROXY_SCHEMES)[number];

export interface ApiserverConfig {
  readonly anonymousAuth: boolean;
  readonly authorizationModes: readonly AuthorizationMode[];
  readonly kubeletCertificateAuthority: boolean;
  readonly kubeletClientCertificate: boolean;
  readonly sshTunnels: boolean;
  readonly proxyScheme: ProxyScheme;
}

export interface KubeletConfig {
  readonly anonymousAuth: boolean;
  readonly webhookAuthentication: boolean;
  readonly clientCAFile: boolean;
  readonly authorizationMode: KubeletAuthorizationMode;
  readonly readOnlyPort: number;
  readonly servingCertificate: ServingCertificate;
}

export interface KonnectivityConfig {
  readonly enabled: boolean;
  readonly agentAuthentication: AgentAuthentication;
  readonly frontend: KonnectivityFrontend;
  /** The server's --mode (and --uds-name) match the egress proxyProtocol (and udsName). */
  readonly serverMatchesEgress: boolean;
}

/** The cluster-wide settings: one value per cluster, the same for every node. */
export interface ClusterSettings {
  readonly version: string;
  readonly network: { readonly untrusted: boolean };
  readonly apiserver: ApiserverConfig;
  readonly konnectivity: KonnectivityConfig;
  readonly pods: { readonly automountServiceAccountToken: boolean };
}

/** A node pool (DOMAIN.md §9): nodes that all run the same kubelet settings. */
export interface NodePool {
  /** A DNS label, unique in the scenario. */
  readonly name: string;
  /** How many nodes the pool has (at least 1). */
  readonly nodes: number;
  readonly kubelet: KubeletConfig;
}

/** The whole scenario: the cluster-wide settings and 1–20 node pools. */
export interface Config extends ClusterSettings {
  readonly pools: readonly NodePool[];
}

/** One pool's view of the scenario (the cluster-wide settings with that pool's kubelet): every rule reads this. */
export interface PoolView extends ClusterSettings {
  readonly kubelet: KubeletConfig;
}

export type Severity = 'critical' | 'high' | 'medium' | 'low';

/** Expected failures are values, not exceptions. */
export type Result<T, E = string> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

/** Exhaustiveness helper for switches over unions. */
export function assertNever(x: never): never {
  throw new Error(`unexpected value: ${JSON.stringify(x)}`);
}
