import { setKey, type ConfigKey, type ConfigValue } from './config';
import { poolViews } from './pools';
import { PRESETS, type PresetName } from './presets';
import type { Config, PoolView } from './types';

/** Test helper: a preset with some keys overridden (a kubelet key on every pool). */
export function scenario(preset: PresetName, overrides: Partial<Record<ConfigKey, ConfigValue>> = {}): Config {
  return Object.entries(overrides).reduce<Config>(
    (c, [k, v]) => setKey(c, k as ConfigKey, v as ConfigValue),
    PRESETS[preset],
  );
}

/** Test helper: the first pool's view of a preset with some keys overridden (what the rules read). */
export function view(preset: PresetName, overrides: Partial<Record<ConfigKey, ConfigValue>> = {}): PoolView {
  return poolViews(scenario(preset, overrides))[0]!;
}

/** Test helper: every single change a user could make, written apart from the search's candidate generator. */
export const SINGLE_VALUES: ReadonlyArray<readonly [ConfigKey, readonly ConfigValue[]]> = [
  ['apiserver.anonymousAuth', [true, false]],
  ['apiserver.authorizationModes', [['Node', 'RBAC'], ['AlwaysAllow']]],
  ['apiserver.kubeletCertificateAuthority', [true, false]],
  ['apiserver.kubeletClientCertificate', [true, false]],
  ['apiserver.sshTunnels', [true, false]],
  ['apiserver.proxyScheme', ['http', 'https']],
  ['kubelet.anonymousAuth', [true, false]],
  ['kubelet.webhookAuthentication', [true, false]],
  ['kubelet.clientCAFile', [true, false]],
  ['kubelet.authorizationMode', ['AlwaysAllow', 'Webhook']],
  ['kubelet.readOnlyPort', [0, 10255]],
  ['kubelet.servingCertificate', ['self-signed', 'ca-signed', 'tls-bootstrap']],
  ['konnectivity.enabled', [true, false]],
  ['konnectivity.agentAuthentication', ['service-account-token', 'mtls', 'none']],
  ['konnectivity.frontend', ['uds', 'tcp-tls', 'tcp']],
  ['konnectivity.serverMatchesEgress', [true, false]],
  ['pods.automountServiceAccountToken', [true, false]],
];
