import {
  APISERVER_DEFAULTS,
  DEFAULT_VERSION,
  KONNECTIVITY_DEFAULTS,
  KUBELET_CONFIG_FILE_DEFAULTS,
  KUBELET_FLAGS_ONLY_DEFAULTS,
} from './defaults';
import type { Config } from './types';

/** The seven stable preset names (DOMAIN.md §6). Public contract. */
export const PRESET_NAMES = [
  'flags-only',
  'kubeadm',
  'kubelet-ca',
  'ca-mismatch',
  'konnectivity',
  'hardened',
  'legacy-ssh',
] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

/** The preset used when nothing else is said. */
export const DEFAULT_PRESET: PresetName = 'kubeadm';

const flagsOnly: Config = {
  version: DEFAULT_VERSION,
  network: { untrusted: true },
  apiserver: APISERVER_DEFAULTS,
  kubelet: KUBELET_FLAGS_ONLY_DEFAULTS,
  konnectivity: KONNECTIVITY_DEFAULTS,
  pods: { automountServiceAccountToken: true },
};

const kubeadm: Config = {
  ...flagsOnly,
  apiserver: {
    ...APISERVER_DEFAULTS,
    authorizationModes: ['Node', 'RBAC'],
    kubeletClientCertificate: true,
  },
  kubelet: { ...KUBELET_CONFIG_FILE_DEFAULTS, clientCAFile: true },
};

const kubeletCa: Config = {
  ...kubeadm,
  apiserver: { ...kubeadm.apiserver, kubeletCertificateAuthority: true },
  kubelet: { ...kubeadm.kubelet, servingCertificate: 'tls-bootstrap' },
};

const withKonnectivity = (c: Config): Config => ({
  ...c,
  konnectivity: { enabled: true, agentAuthentication: 'service-account-token', frontend: 'uds' },
});

/** Preset configs, as data. */
export const PRESETS: Readonly<Record<PresetName, Config>> = {
  'flags-only': flagsOnly,
  kubeadm,
  'kubelet-ca': kubeletCa,
  'ca-mismatch': {
    ...kubeadm,
    apiserver: { ...kubeadm.apiserver, kubeletCertificateAuthority: true },
  },
  konnectivity: withKonnectivity(kubeadm),
  hardened: {
    ...withKonnectivity(kubeletCa),
    apiserver: { ...kubeletCa.apiserver, anonymousAuth: false, proxyScheme: 'https' },
  },
  'legacy-ssh': {
    ...kubeadm,
    version: '1.21',
    apiserver: { ...kubeadm.apiserver, sshTunnels: true },
    kubelet: { ...kubeadm.kubelet, readOnlyPort: 10255 },
  },
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
};

/** True when `name` is a preset name. */
export function isPresetName(name: string): name is PresetName {
  return (PRESET_NAMES as readonly string[]).includes(name);
}
