import fc from 'fast-check';
import {
  AGENT_AUTHENTICATIONS,
  AUTHORIZATION_MODES,
  FRONTENDS,
  KUBELET_AUTHZ_MODES,
  PROXY_SCHEMES,
  SERVING_CERTIFICATES,
  type ClusterSettings,
  type Config,
  type KubeletConfig,
  type PoolView,
} from './types';

/** Kubernetes minor versions 1.9 … 1.40: both sides of the 1.22 SSH removal. */
const arbVersion: fc.Arbitrary<string> = fc.integer({ min: 9, max: 40 }).map((m) => `1.${m}`);

/** A non-empty ordered authorizer chain without repeats. */
const arbAuthorizationModes = fc.uniqueArray(fc.constantFrom(...AUTHORIZATION_MODES), {
  minLength: 1,
  maxLength: AUTHORIZATION_MODES.length,
});

/** kubelet read-only port: mostly 0 or 10255, sometimes any valid port. */
const arbReadOnlyPort = fc.oneof(
  fc.constant(0),
  fc.constant(10255),
  fc.integer({ min: 0, max: 65535 }),
);

/** Any kubelet settings of one pool. */
export const arbKubelet: fc.Arbitrary<KubeletConfig> = fc.record({
  anonymousAuth: fc.boolean(),
  webhookAuthentication: fc.boolean(),
  clientCAFile: fc.boolean(),
  authorizationMode: fc.constantFrom(...KUBELET_AUTHZ_MODES),
  readOnlyPort: arbReadOnlyPort,
  servingCertificate: fc.constantFrom(...SERVING_CERTIFICATES),
});

/** Any valid cluster-wide settings. */
export const arbCluster: fc.Arbitrary<ClusterSettings> = fc.record({
  version: arbVersion,
  network: fc.record({ untrusted: fc.boolean() }),
  apiserver: fc.record({
    anonymousAuth: fc.boolean(),
    authorizationModes: arbAuthorizationModes,
    kubeletCertificateAuthority: fc.boolean(),
    kubeletClientCertificate: fc.boolean(),
    sshTunnels: fc.boolean(),
    proxyScheme: fc.constantFrom(...PROXY_SCHEMES),
  }),
  konnectivity: fc.record({
    enabled: fc.boolean(),
    agentAuthentication: fc.constantFrom(...AGENT_AUTHENTICATIONS),
    frontend: fc.constantFrom(...FRONTENDS),
    serverMatchesEgress: fc.boolean(),
  }),
  pods: fc.record({ automountServiceAccountToken: fc.boolean() }),
});

/** Any valid pool view: cluster-wide settings and one kubelet (every key of DOMAIN.md §4). */
export const arbPoolView: fc.Arbitrary<PoolView> = fc
  .tuple(arbCluster, arbKubelet)
  .map(([cluster, kubelet]) => ({ ...cluster, kubelet }));

/** A valid pool name (a DNS label). */
export const arbPoolName: fc.Arbitrary<string> = fc.stringMatching(/^[a-z0-9]([-a-z0-9]{0,10}[a-z0-9])?$/);

/** Any valid scenario with one pool named `default` (today's scenario), 1–5,000 nodes. */
export const arbOnePoolConfig: fc.Arbitrary<Config> = fc
  .tuple(arbCluster, arbKubelet, fc.integer({ min: 1, max: 5000 }))
  .map(([cluster, kubelet, nodes]) => ({ ...cluster, pools: [{ name: 'default', nodes, kubelet }] }));

/** Any valid scenario: 1–`maxPools` pools with unique names, their own kubelets, 1–5,000 nodes in all. */
export function arbScenario(maxPools = 4): fc.Arbitrary<Config> {
  return fc
    .tuple(
      arbCluster,
      fc.uniqueArray(fc.record({ name: arbPoolName, nodes: fc.integer({ min: 1, max: 250 }), kubelet: arbKubelet }), {
        minLength: 1,
        maxLength: maxPools,
        selector: (p) => p.name,
      }),
    )
    .map(([cluster, pools]) => ({ ...cluster, pools }));
}

/** Any valid scenario of 1–4 pools. */
export const arbConfig: fc.Arbitrary<Config> = arbScenario();
