import {
  APISERVER_DEFAULTS,
  DEFAULT_NODES,
  DEFAULT_POOL,
  DEFAULT_VERSION,
  KONNECTIVITY_DEFAULTS,
  KUBEADM_APISERVER_DEFAULTS,
  KUBEADM_KUBELET_DEFAULTS,
  KUBELET_FLAGS_ONLY_DEFAULTS,
} from './defaults';
import type { ClusterSettings, Config, KubeletConfig, NodePool } from './types';

/** The stable preset names (DOMAIN.md §6 and §9). Public contract. */
export const PRESET_NAMES = [
  'flags-only',
  'kubeadm',
  'kubelet-ca',
  'ca-mismatch',
  'konnectivity',
  'hardened',
  'legacy-ssh',
  'mixed-pools',
] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

/** The preset used when nothing else is said. */
export const DEFAULT_PRESET: PresetName = 'kubeadm';

/** A scenario with the presets' single pool: `default`, 3 nodes. */
const onePool = (cluster: ClusterSettings, kubelet: KubeletConfig): Config => ({
  ...cluster,
  pools: [{ name: DEFAULT_POOL, nodes: DEFAULT_NODES, kubelet }],
});

const flagsOnlyCluster: ClusterSettings = {
  version: DEFAULT_VERSION,
  network: { untrusted: true },
  apiserver: APISERVER_DEFAULTS,
  konnectivity: KONNECTIVITY_DEFAULTS,
  pods: { automountServiceAccountToken: true },
};
const kubeadmCluster: ClusterSettings = { ...flagsOnlyCluster, apiserver: KUBEADM_APISERVER_DEFAULTS };
const withKubeletCa = (c: ClusterSettings): ClusterSettings => ({
  ...c,
  apiserver: { ...c.apiserver, kubeletCertificateAuthority: true },
});
const withKonnectivity = (c: ClusterSettings): ClusterSettings => ({
  ...c,
  konnectivity: { ...KONNECTIVITY_DEFAULTS, enabled: true, agentAuthentication: 'service-account-token', frontend: 'uds' },
});
const bootstrapped: KubeletConfig = { ...KUBEADM_KUBELET_DEFAULTS, servingCertificate: 'tls-bootstrap' };
const hardenedCluster = withKonnectivity(withKubeletCa(kubeadmCluster));

const mixedPools: readonly NodePool[] = [
  { name: 'bootstrapped', nodes: 4, kubelet: bootstrapped },
  { name: 'legacy', nodes: 2, kubelet: KUBEADM_KUBELET_DEFAULTS },
];

/** Preset scenarios, as data, built from the binaries' and kubeadm's defaults. */
export const PRESETS: Readonly<Record<PresetName, Config>> = {
  'flags-only': onePool(flagsOnlyCluster, KUBELET_FLAGS_ONLY_DEFAULTS),
  kubeadm: onePool(kubeadmCluster, KUBEADM_KUBELET_DEFAULTS),
  'kubelet-ca': onePool(withKubeletCa(kubeadmCluster), bootstrapped),
  'ca-mismatch': onePool(withKubeletCa(kubeadmCluster), KUBEADM_KUBELET_DEFAULTS),
  konnectivity: onePool(withKonnectivity(kubeadmCluster), KUBEADM_KUBELET_DEFAULTS),
  hardened: onePool(
    { ...hardenedCluster, apiserver: { ...hardenedCluster.apiserver, anonymousAuth: false, proxyScheme: 'https' } },
    bootstrapped,
  ),
  'legacy-ssh': onePool(
    { ...kubeadmCluster, version: '1.21', apiserver: { ...kubeadmCluster.apiserver, sshTunnels: true } },
    { ...KUBEADM_KUBELET_DEFAULTS, readOnlyPort: 10255 },
  ),
  'mixed-pools': { ...withKubeletCa(kubeadmCluster), pools: mixedPools },
};

/** One-line description of each preset, for pickers and help. */
export const PRESET_DESCRIPTIONS: Readonly<Record<PresetName, string>> = {
  'flags-only': 'Binaries started with command-line defaults only: AlwaysAllow, open kubelets, proxy over http.',
  kubeadm: 'A kubeadm cluster: Node,RBAC, apiserver client cert to kubelets, but no kubelet CA; self-signed kubelet certs.',
  'kubelet-ca': 'kubeadm plus --kubelet-certificate-authority and serverTLSBootstrap with approved CSRs.',
  'ca-mismatch': 'kubeadm plus --kubelet-certificate-authority while kubelets still self-sign (the classic mistake).',
  konnectivity: 'kubeadm plus Konnectivity (gRPC over a Unix socket, service-account-token agent authentication).',
  hardened: 'Every path safe: kubelet CA with bootstrapped certs, Konnectivity, --anonymous-auth=false, proxy over https.',
  'legacy-ssh': 'A v1.21 GCE-style cluster using SSH tunnels, kubelet read-only port 10255.',
  'mixed-pools':
    'A kubelet-CA roll-out caught half-way: pool bootstrapped (4 nodes) serves bootstrapped certificates, pool legacy (2 nodes) still self-signs.',
};

/** True when `name` is a preset name. */
export function isPresetName(name: string): name is PresetName {
  return (PRESET_NAMES as readonly string[]).includes(name);
}
