import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbScenario } from './arbitraries';
import { differingSettings, formatTarget, parseTarget, sameSettings, setKey, settingEntries } from './config';
import { matchingPreset } from './presetMatch';
import { PRESETS } from './presets';
import {
  checkPoolSizes,
  formatPoolList,
  parsePoolList,
  poolNameError,
  poolViews,
  toPoolName,
  totalNodes,
  withNodeCount,
  withPoolSizes,
} from './pools';

describe('the pool list NAME:COUNT,...', () => {
  it('reads names and counts in order', () => {
    expect(parsePoolList('general:10,gpu:2')).toEqual({
      ok: true,
      value: [
        { name: 'general', nodes: 10 },
        { name: 'gpu', nodes: 2 },
      ],
    });
  });

  it.each([
    ['Gpu:2', 'not a DNS label'],
    ['-gpu:2', 'not a DNS label'],
    ['gpu-:2', 'not a DNS label'],
    ['g_pu:2', 'not a DNS label'],
    [`${'a'.repeat(64)}:1`, 'longer than 63'],
    [':2', 'cannot be empty'],
    ['gpu', 'is not NAME:COUNT'],
    ['gpu:two', 'is not NAME:COUNT'],
    ['gpu:0', 'at least 1'],
    ['a:1,a:2', 'listed twice'],
    ['a:2500,b:2501', '5001 nodes in all is over the 5000 limit'],
    [Array.from({ length: 21 }, (_, i) => `p${i}:1`).join(','), '1–20 pools, got 21'],
  ])('rejects %s: %s', (text, message) => {
    const r = parsePoolList(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(message);
  });

  it('accepts the limits exactly: 20 pools, 5,000 nodes, a 63-character name', () => {
    expect(parsePoolList(Array.from({ length: 20 }, (_, i) => `p${i}:250`).join(',')).ok).toBe(true);
    expect(parsePoolList(`${'a'.repeat(63)}:5000`).ok).toBe(true);
  });

  it('writes what it reads', () => {
    fc.assert(
      fc.property(arbScenario(6), (c) => {
        const text = formatPoolList(c.pools);
        const r = parsePoolList(text);
        return r.ok && formatPoolList(r.value) === text;
      }),
    );
  });
});

describe('pool names', () => {
  it.each([
    ['pool-a-kubelet.yaml', 'pool-a-kubelet-yaml'],
    ['ip-10-0-1-23.ec2.internal', 'ip-10-0-1-23-ec2-internal'],
    ['/var/lib/kubelet/config.yaml', 'var-lib-kubelet-config-yaml'],
    ['GPU_Nodes', 'gpu-nodes'],
    ['***', 'default'],
  ])('makes %s a DNS label: %s', (text, want) => {
    expect(toPoolName(text)).toBe(want);
    expect(poolNameError(toPoolName(text))).toBeNull();
  });

  it('cuts a long name to 63 characters without a trailing dash', () => {
    const name = toPoolName(`${'a'.repeat(62)}-b`);
    expect(name).toBe('a'.repeat(62));
  });
});

describe('pool topology over a scenario', () => {
  it('keeps the settings of pools that stay and gives new pools the first pool’s kubelet', () => {
    const m = PRESETS['mixed-pools'];
    const next = withPoolSizes(m, [
      { name: 'legacy', nodes: 7 },
      { name: 'extra', nodes: 1 },
    ]);
    expect(next.pools.map((p) => [p.name, p.nodes])).toEqual([['legacy', 7], ['extra', 1]]);
    expect(next.pools[0]!.kubelet).toBe(m.pools[1]!.kubelet);
    expect(next.pools[1]!.kubelet).toBe(m.pools[0]!.kubelet);
  });

  it('resizes the first pool for nodes=N and counts nodes over every pool', () => {
    expect(totalNodes(PRESETS['mixed-pools'])).toBe(6);
    expect(totalNodes(withNodeCount(PRESETS.kubeadm, 250))).toBe(250);
  });

  it('checks sizes given as objects the same way as text', () => {
    expect(checkPoolSizes([{ name: 'a', nodes: 1.5 }]).ok).toBe(false);
    expect(checkPoolSizes([]).ok).toBe(false);
  });

  it('gives each pool a view with the cluster-wide settings and its own kubelet', () => {
    const m = PRESETS['mixed-pools'];
    const views = poolViews(m);
    expect(views.map((v) => v.kubelet.servingCertificate)).toEqual(['tls-bootstrap', 'self-signed']);
    expect(views.every((v) => v.apiserver === m.apiserver && v.konnectivity === m.konnectivity)).toBe(true);
    expect(poolViews(m)).toBe(views);
  });
});

describe('key syntax: kubelet.X is every pool, pools.NAME.kubelet.X one pool', () => {
  it.each([
    ['kubelet.readOnlyPort', { key: 'kubelet.readOnlyPort' }],
    ['pools.gpu.kubelet.readOnlyPort', { key: 'kubelet.readOnlyPort', pool: 'gpu' }],
    ['apiserver.kubeletCertificateAuthority', { key: 'apiserver.kubeletCertificateAuthority' }],
  ])('reads and writes %s', (text, target) => {
    expect(parseTarget(text)).toEqual({ ok: true, value: target });
    expect(formatTarget(target as never)).toBe(text);
  });

  it.each([
    ['pools.gpu.apiserver.anonymousAuth', 'is not pools.NAME.kubelet.FIELD'],
    ['pools.gpu.kubelet.nope', 'is not a per-pool key'],
    ['pools.gpu', 'is not pools.NAME.kubelet.FIELD'],
    ['kubelet.nope', 'unknown config key'],
  ])('rejects %s', (text, message) => {
    const r = parseTarget(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(message);
  });

  it('sets a kubelet key on one pool only, or on every pool', () => {
    const m = PRESETS['mixed-pools'];
    const one = setKey(m, 'kubelet.readOnlyPort', 10255, 'legacy');
    expect(one.pools.map((p) => p.kubelet.readOnlyPort)).toEqual([0, 10255]);
    const all = setKey(m, 'kubelet.readOnlyPort', 10255);
    expect(all.pools.map((p) => p.kubelet.readOnlyPort)).toEqual([10255, 10255]);
  });

  it('refuses a pool on a cluster-wide key and a pool that does not exist (bugs, not input errors)', () => {
    expect(() => setKey(PRESETS.kubeadm, 'apiserver.anonymousAuth', false, 'default')).toThrow('cluster-wide');
    expect(() => setKey(PRESETS.kubeadm, 'kubelet.readOnlyPort', 0, 'nope')).toThrow('no pool named');
  });
});

describe('settings of a scenario', () => {
  it('writes a kubelet key once when every pool agrees, per pool when they differ', () => {
    const keys = settingEntries(PRESETS['mixed-pools']).map(([t]) => formatTarget(t));
    expect(keys).toContain('kubelet.readOnlyPort');
    expect(keys).toContain('pools.bootstrapped.kubelet.servingCertificate');
    expect(keys).toContain('pools.legacy.kubelet.servingCertificate');
    expect(keys).not.toContain('kubelet.servingCertificate');
  });

  it('lists the settings that differ between two scenarios with the second one’s values, in key order', () => {
    const a = PRESETS['mixed-pools'];
    const b = setKey(setKey(a, 'kubelet.readOnlyPort', 10255), 'kubelet.servingCertificate', 'tls-bootstrap', 'legacy');
    expect(differingSettings(a, b).map(([t, v]) => `${formatTarget(t)}=${String(v)}`)).toEqual([
      'kubelet.readOnlyPort=10255',
      'pools.legacy.kubelet.servingCertificate=tls-bootstrap',
    ]);
  });

  it('treats pool names and node counts as topology: a resized or renamed kubeadm is still kubeadm', () => {
    const renamed = withPoolSizes(PRESETS.kubeadm, [{ name: 'workers', nodes: 40 }]);
    expect(sameSettings(renamed, PRESETS.kubeadm)).toBe(true);
    expect(matchingPreset(renamed)).toBe('kubeadm');
    expect(matchingPreset(PRESETS['mixed-pools'])).toBe('mixed-pools');
    // Both pools bootstrapped: every node runs kubelet-ca's kubelet.
    expect(matchingPreset(setKey(PRESETS['mixed-pools'], 'kubelet.servingCertificate', 'tls-bootstrap'))).toBe('kubelet-ca');
  });

  it('matches a one-pool preset when every pool runs its kubelet, and a pooled preset only pool by pool', () => {
    const two = withPoolSizes(PRESETS.kubeadm, [{ name: 'a', nodes: 1 }, { name: 'b', nodes: 1 }]);
    expect(matchingPreset(two)).toBe('kubeadm');
    expect(matchingPreset(setKey(two, 'kubelet.readOnlyPort', 10255, 'b'))).toBeNull();
    const mixed = PRESETS['mixed-pools'];
    expect(matchingPreset({ ...mixed, pools: [...mixed.pools].reverse() })).toBeNull();
    expect(matchingPreset({ ...mixed, pools: [mixed.pools[0]!, mixed.pools[1]!, { ...mixed.pools[1]!, name: 'extra' }] })).toBeNull();
  });
});
