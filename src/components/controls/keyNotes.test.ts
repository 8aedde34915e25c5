import { describe, expect, it } from 'vitest';
import type { ConfigKey, ConfigValue } from '../../model/config';
import type { PresetName } from '../../model/presets';
import { scenario } from '../../model/testing';
import { keyNote } from './keyNotes';

describe('keyNote says why a control cannot apply', () => {
  it.each<[ConfigKey, PresetName, Partial<Record<ConfigKey, ConfigValue>>, RegExp | null]>([
    ['apiserver.sshTunnels', 'kubeadm', {}, /removed in 1\.22.*unknown flag/i],
    ['apiserver.sshTunnels', 'legacy-ssh', {}, null],
    ['apiserver.sshTunnels', 'legacy-ssh', { 'konnectivity.enabled': true }, /Konnectivity .* takes precedence/],
    ['konnectivity.frontend', 'kubeadm', {}, /only matters when Konnectivity is enabled/i],
    ['konnectivity.agentAuthentication', 'kubeadm', {}, /only matters when Konnectivity is enabled/i],
    ['konnectivity.frontend', 'konnectivity', {}, null],
    ['kubelet.webhookAuthentication', 'kubeadm', {}, /no path changes/],
    ['apiserver.kubeletCertificateAuthority', 'kubeadm', {}, null],
  ])('%s under %s %j', (key, preset, o, want) => {
    const note = keyNote(key, scenario(preset, o));
    if (want === null) expect(note).toBeNull();
    else expect(note).toMatch(want);
  });
});
