import fc from 'fast-check';
import {
  AGENT_AUTHENTICATIONS,
  AUTHORIZATION_MODES,
  FRONTENDS,
  KUBELET_AUTHZ_MODES,
  PROXY_SCHEMES,
  SERVING_CERTIFICATES,
  type Config,
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

/** Any valid Config (every key of DOMAIN.md §4 with a valid value). */
export const arbConfig: fc.Arbitrary<Config> = fc.record({
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
  kubelet: fc.record({
    anonymousAuth: fc.boolean(),
    webhookAuthentication: fc.boolean(),
    clientCAFile: fc.boolean(),
    authorizationMode: fc.constantFrom(...KUBELET_AUTHZ_MODES),
    readOnlyPort: arbReadOnlyPort,
    servingCertificate: fc.constantFrom(...SERVING_CERTIFICATES),
  }),
  konnectivity: fc.record({
    enabled: fc.boolean(),
    agentAuthentication: fc.constantFrom(...AGENT_AUTHENTICATIONS),
    frontend: fc.constantFrom(...FRONTENDS),
  }),
  pods: fc.record({ automountServiceAccountToken: fc.boolean() }),
});
