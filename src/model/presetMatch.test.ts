import { describe, expect, it } from 'vitest';
import type { ConfigKey, ConfigValue } from './config';
import { differingKeys, matchingPreset, nearestPreset } from './presetMatch';
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

describe('nearestPreset', () => {
  it('finds the preset itself with no differences', () => {
    expect(nearestPreset(PRESETS.konnectivity)).toEqual({
      preset: 'konnectivity',
      differences: [],
    });
  });

  it('lists the differing keys with the config value', () => {
    expect(differingKeys(PRESETS.kubeadm, PRESETS.kubeadm)).toEqual([]);
    const d = differingKeys(PRESETS.kubeadm, PRESETS.hardened);
    expect(d.length).toBeGreaterThan(0);
  });
});
