import { describe, expect, it } from 'vitest';
import type { ConfigKey, ConfigValue } from './config';
import { findingsFor, FINDING_IDS, type FindingId } from './findings';
import type { PresetName } from './presets';
import { setKey } from './config';
import { withPoolSizes } from './pools';
import { scenario } from './testing';

type Row = [FindingId, PresetName, Partial<Record<ConfigKey, ConfigValue>>, boolean];

const has = (preset: PresetName, o: Partial<Record<ConfigKey, ConfigValue>>, id: FindingId) =>
  findingsFor(scenario(preset, o)).some((f) => f.id === id);

describe('component findings', () => {
  it.each<Row>([
    ['apiserver-always-allow', 'kubeadm', { 'apiserver.authorizationModes': ['Node', 'AlwaysAllow'] }, true],
    ['apiserver-always-allow', 'kubeadm', {}, false],
    ['apiserver-anonymous', 'kubeadm', {}, true],
    ['apiserver-anonymous', 'hardened', {}, false],
    // kube-apiserver resets --anonymous-auth to false when AlwaysAllow is among the modes.
    ['apiserver-anonymous', 'flags-only', {}, false],
    ['apiserver-anonymous', 'kubeadm', { 'apiserver.authorizationModes': ['Node', 'RBAC', 'AlwaysAllow'] }, false],
    ['apiserver-always-allow', 'flags-only', {}, true],
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
    // flags-only with Konnectivity and SSH, plus what flags-only hides: anonymous on without AlwaysAllow.
    const all = [
      ...findingsFor(scenario('flags-only', { 'konnectivity.enabled': true, 'apiserver.sshTunnels': true })),
      ...findingsFor(scenario('kubeadm')),
    ];
    const by = Object.fromEntries(all.map((f) => [f.id, [f.severity, f.cis.join(',')]]));
    expect(by).toMatchObject({
      'apiserver-always-allow': ['critical', '1.2.6'],
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

describe('findings per node pool', () => {
  const twoPools = (o: Partial<Record<ConfigKey, ConfigValue>> = {}) =>
    setKey(withPoolSizes(scenario('kubeadm', o), [{ name: 'general', nodes: 10 }, { name: 'gpu', nodes: 2 }]), 'kubelet.readOnlyPort', 10255, 'gpu');

  it('reports a kubelet finding on the pool it holds on, naming the pool and its node count', () => {
    const ro = findingsFor(twoPools()).filter((f) => f.id === 'kubelet-read-only-port');
    expect(ro.map((f) => [f.pool, f.nodes])).toEqual([['gpu', 2]]);
  });

  it('reports a kubelet finding once per pool when it holds on each, in pool order', () => {
    const self = findingsFor(twoPools()).filter((f) => f.id === 'kubelet-self-signed');
    expect(self.map((f) => f.pool)).toEqual(['general', 'gpu']);
  });

  it('reports apiserver findings once, with no pool', () => {
    const api = findingsFor(twoPools()).filter((f) => f.component === 'apiserver');
    expect(api.map((f) => f.id)).toEqual(['apiserver-anonymous', 'apiserver-no-kubelet-ca']);
    expect(api.every((f) => f.pool === undefined)).toBe(true);
  });

  it('gives every kubelet-* finding a pool and no other finding one, over every finding id', () => {
    const found = [
      ...findingsFor(withPoolSizes(scenario('flags-only', { 'konnectivity.enabled': true, 'apiserver.sshTunnels': true }), [{ name: 'a', nodes: 1 }])),
      ...findingsFor(withPoolSizes(scenario('kubeadm'), [{ name: 'a', nodes: 1 }])),
    ];
    expect(new Set(found.map((f) => f.id))).toEqual(new Set(FINDING_IDS));
    for (const f of found) expect(f.pool !== undefined, f.id).toBe(f.id.startsWith('kubelet-'));
  });
});

describe('the open-kubelet finding', () => {
  const open = (o: Partial<Record<ConfigKey, ConfigValue>>) => findingsFor(scenario('kubeadm', { 'kubelet.anonymousAuth': true, ...o })).find((f) => f.id === 'kubelet-open');

  it('names the authorizer that lets anonymous callers through', () => {
    expect(open({ 'kubelet.authorizationMode': 'AlwaysAllow' })?.message).toMatch(/authorization\.mode AlwaysAllow/);
    expect(open({ 'kubelet.authorizationMode': 'Webhook', 'apiserver.authorizationModes': ['Node', 'RBAC', 'AlwaysAllow'] })?.message).toMatch(
      /Webhook authorization, and the apiserver allows everything/,
    );
  });

  it('carries who can exploit it (DOMAIN.md §10: anyone reaching :10250 on the node)', () => {
    expect(open({ 'kubelet.authorizationMode': 'AlwaysAllow' })?.exposures?.length).toBeGreaterThan(0);
  });
});
