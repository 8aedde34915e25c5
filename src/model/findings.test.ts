import { describe, expect, it } from 'vitest';
import type { ConfigKey, ConfigValue } from './config';
import { findingsFor, FINDING_IDS, type FindingId } from './findings';
import type { PresetName } from './presets';
import { scenario } from './testing';

type Row = [FindingId, PresetName, Partial<Record<ConfigKey, ConfigValue>>, boolean];

const has = (preset: PresetName, o: Partial<Record<ConfigKey, ConfigValue>>, id: FindingId) =>
  findingsFor(scenario(preset, o)).some((f) => f.id === id);

describe('component findings', () => {
  it.each<Row>([
    ['apiserver-open', 'flags-only', {}, true],
    ['apiserver-open', 'flags-only', { 'apiserver.anonymousAuth': false }, false],
    ['apiserver-open', 'kubeadm', {}, false],
    ['apiserver-always-allow', 'kubeadm', { 'apiserver.authorizationModes': ['Node', 'AlwaysAllow'] }, true],
    ['apiserver-always-allow', 'kubeadm', {}, false],
    ['apiserver-anonymous', 'kubeadm', {}, true],
    ['apiserver-anonymous', 'hardened', {}, false],
    ['apiserver-no-node-authorizer', 'kubeadm', { 'apiserver.authorizationModes': ['RBAC'] }, true],
    ['apiserver-no-node-authorizer', 'kubeadm', {}, false],
    ['apiserver-no-rbac', 'kubeadm', { 'apiserver.authorizationModes': ['Node'] }, true],
    ['apiserver-no-rbac', 'kubeadm', {}, false],
    ['apiserver-no-kubelet-client-cert', 'flags-only', {}, true],
    ['apiserver-no-kubelet-client-cert', 'kubeadm', {}, false],
    ['apiserver-no-kubelet-ca', 'kubeadm', {}, true],
    ['apiserver-no-kubelet-ca', 'kubelet-ca', {}, false],
    ['kubelet-open', 'flags-only', {}, true],
    ['kubelet-open', 'kubeadm', { 'kubelet.anonymousAuth': true }, false],
    ['kubelet-open', 'kubeadm', { 'kubelet.anonymousAuth': true, 'apiserver.authorizationModes': ['AlwaysAllow'] }, true],
    ['kubelet-anonymous', 'flags-only', {}, true],
    ['kubelet-anonymous', 'kubeadm', {}, false],
    ['kubelet-always-allow', 'flags-only', {}, true],
    ['kubelet-always-allow', 'kubeadm', {}, false],
    ['kubelet-no-client-ca', 'flags-only', {}, true],
    ['kubelet-no-client-ca', 'kubeadm', {}, false],
    ['kubelet-read-only-port', 'legacy-ssh', {}, true],
    ['kubelet-read-only-port', 'kubeadm', {}, false],
    ['kubelet-self-signed', 'kubeadm', {}, true],
    ['kubelet-self-signed', 'kubelet-ca', {}, false],
    ['konnectivity-any-agent', 'konnectivity', { 'konnectivity.agentAuthentication': 'none' }, true],
    ['konnectivity-any-agent', 'konnectivity', {}, false],
    ['konnectivity-any-agent', 'kubeadm', {}, false],
    ['ssh-tunnels-removed', 'legacy-ssh', { version: '1.22' }, true],
    ['ssh-tunnels-removed', 'legacy-ssh', {}, false],
  ])('%s on %s %j → %s', (id, preset, o, want) => {
    expect(has(preset, o, id)).toBe(want);
  });

  it('carries the severities and CIS ids of DOMAIN.md', () => {
    const all = findingsFor(scenario('flags-only', { 'konnectivity.enabled': true, 'apiserver.sshTunnels': true }));
    const by = Object.fromEntries(all.map((f) => [f.id, [f.severity, f.cis.join(',')]]));
    expect(by).toMatchObject({
      'apiserver-open': ['critical', '1.2.1,1.2.6'],
      'apiserver-always-allow': ['high', '1.2.6'],
      'apiserver-anonymous': ['low', '1.2.1'],
      'apiserver-no-node-authorizer': ['medium', '1.2.7'],
      'apiserver-no-rbac': ['medium', '1.2.8'],
      'apiserver-no-kubelet-client-cert': ['medium', '1.2.4'],
      'apiserver-no-kubelet-ca': ['high', '1.2.5'],
      'kubelet-open': ['critical', '4.2.1,4.2.2'],
      'kubelet-anonymous': ['medium', '4.2.1'],
      'kubelet-always-allow': ['high', '4.2.2'],
      'kubelet-no-client-ca': ['medium', '4.2.3'],
      'kubelet-read-only-port': ['high', '4.2.4'],
      'kubelet-self-signed': ['medium', '4.2.9'],
      'konnectivity-any-agent': ['critical', ''],
      'ssh-tunnels-removed': ['critical', ''],
    });
    expect(Object.keys(by).sort()).toEqual([...FINDING_IDS].sort());
  });
});
