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
};

/** The version presets use unless noted. */
export const DEFAULT_VERSION = '1.34';
