import { describe, expect, it } from 'vitest';
import type { ConfigKey, ConfigValue } from './config';
import { withPoolSizes } from './pools';
import { matchingPreset, nearestPreset, settingsOverPreset } from './presetMatch';
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

  it('lists the differing settings with the config value, a pool-only change as pools.NAME.kubelet.X', () => {
    expect(settingsOverPreset('kubeadm', PRESETS.kubeadm)).toEqual([]);
    expect(settingsOverPreset('kubeadm', PRESETS['ca-mismatch'])).toEqual(['apiserver.kubeletCertificateAuthority=true']);
    expect(nearestPreset(PRESETS['mixed-pools'])).toEqual({ preset: 'mixed-pools', differences: [] });
    const m = withPoolSizes(PRESETS['mixed-pools'], [{ name: 'bootstrapped', nodes: 4 }, { name: 'legacy', nodes: 2 }, { name: 'x', nodes: 1 }]);
    expect(settingsOverPreset('ca-mismatch', m)).toEqual(['pools.bootstrapped.kubelet.servingCertificate=tls-bootstrap', 'pools.x.kubelet.servingCertificate=tls-bootstrap']);
  });
});
