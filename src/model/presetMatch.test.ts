import { describe, expect, it } from 'vitest';
import type { ConfigKey, ConfigValue } from './config';
import { matchingPreset } from './presetMatch';
import { PRESET_NAMES, PRESETS, type PresetName } from './presets';
import { scenario } from './testing';

describe('matchingPreset names the preset an edited config lands on', () => {
  it.each(PRESET_NAMES)('%s matches itself', (name) => {
    expect(matchingPreset({ ...PRESETS[name] })).toBe(name);
  });

  it.each<[PresetName, Partial<Record<ConfigKey, ConfigValue>>, PresetName | null]>([
    ['kubeadm', { 'apiserver.kubeletCertificateAuthority': true }, 'ca-mismatch'],
    ['ca-mismatch', { 'kubelet.servingCertificate': 'tls-bootstrap' }, 'kubelet-ca'],
    ['kubeadm', { 'konnectivity.enabled': true }, null],
    ['kubeadm', { 'apiserver.authorizationModes': ['RBAC', 'Node'] }, null],
  ])('%s with %j is %s', (base, overrides, want) => {
    expect(matchingPreset(scenario(base, overrides))).toBe(want);
  });
});
