import fc from 'fast-check';
import { CONFIG_KEYS, type ConfigKey, type ConfigValue } from './config';
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
export const arbVersion: fc.Arbitrary<string> = fc
  .integer({ min: 9, max: 40 })
  .map((m) => `1.${m}`);

/** A non-empty ordered authorizer chain without repeats. */
export const arbAuthorizationModes = fc.uniqueArray(fc.constantFrom(...AUTHORIZATION_MODES), {
  minLength: 1,
  maxLength: AUTHORIZATION_MODES.length,
});

/** kubelet read-only port: mostly 0 or 10255, sometimes any valid port. */
export const arbReadOnlyPort = fc.oneof(
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

/** A valid value for one config key. */
export function arbValueFor(key: ConfigKey): fc.Arbitrary<ConfigValue> {
  return arbConfig.map((c) => {
    if (key === 'version') return c.version;
    const [section, field] = key.split('.') as [string, string];
    return (c as unknown as Record<string, Record<string, ConfigValue>>)[section]![field]!;
  });
}

/** Any config key. */
export const arbConfigKey: fc.Arbitrary<ConfigKey> = fc.constantFrom(...CONFIG_KEYS);
