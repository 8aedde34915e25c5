import type { ApiserverConfig, KonnectivityConfig, KubeletConfig } from './types';

/** kube-apiserver defaults when a flag is absent. */
export const APISERVER_DEFAULTS: ApiserverConfig = {
  anonymousAuth: true,
  authorizationModes: ['AlwaysAllow'],
  kubeletCertificateAuthority: false,
  kubeletClientCertificate: false,
  sshTunnels: false,
  proxyScheme: 'http',
};

/** kubelet started with flags only (no --config): wide open. */
export const KUBELET_FLAGS_ONLY_DEFAULTS: KubeletConfig = {
  anonymousAuth: true,
  webhookAuthentication: false,
  clientCAFile: false,
  authorizationMode: 'AlwaysAllow',
  readOnlyPort: 10255,
  servingCertificate: 'self-signed',
};

/** kubelet started with a KubeletConfiguration file: fields absent from the file take these. */
export const KUBELET_CONFIG_FILE_DEFAULTS: KubeletConfig = {
  anonymousAuth: false,
  webhookAuthentication: true,
  clientCAFile: false,
  authorizationMode: 'Webhook',
  readOnlyPort: 0,
  servingCertificate: 'self-signed',
};

/** Konnectivity absent (the apiserver dials directly). */
export const KONNECTIVITY_DEFAULTS: KonnectivityConfig = {
  enabled: false,
  agentAuthentication: 'none',
  frontend: 'uds',
  serverMatchesEgress: true,
};

/**
 * What kubeadm generates for kube-apiserver (cmd/kubeadm/app/phases/controlplane/manifests.go):
 * `--authorization-mode=Node,RBAC` and `--kubelet-client-certificate/--kubelet-client-key`, but no
 * `--kubelet-certificate-authority`; `--anonymous-auth` is left unset (so true).
 */
export const KUBEADM_APISERVER_DEFAULTS: ApiserverConfig = {
  ...APISERVER_DEFAULTS,
  authorizationModes: ['Node', 'RBAC'],
  kubeletClientCertificate: true,
};

/**
 * The KubeletConfiguration kubeadm writes: the config-file defaults plus
 * `authentication.x509.clientCAFile` set to the cluster CA (cmd/kubeadm/app/componentconfigs/kubelet.go).
 */
export const KUBEADM_KUBELET_DEFAULTS: KubeletConfig = {
  ...KUBELET_CONFIG_FILE_DEFAULTS,
  clientCAFile: true,
};

/**
 * The kubelet's `--cert-dir` when the flag is absent (`NewKubeletFlags` in
 * cmd/kubelet/app/options/options.go). Without tlsCertFile and serverTLSBootstrap the kubelet writes
 * its self-signed certificate to `<cert-dir>/kubelet.crt` and reports that path in configz
 * (`InitializeTLS` in cmd/kubelet/app/server.go).
 */
export const KUBELET_CERT_DIR = '/var/lib/kubelet/pki';

/** The version presets use unless noted (the newest minor, as DOMAIN.md §4 says). */
export const DEFAULT_VERSION = '1.36';

/** The name of the only pool of a one-pool scenario (every preset but mixed-pools). */
export const DEFAULT_POOL = 'default';

/** Nodes per pool in the presets. */
export const DEFAULT_NODES = 3;
