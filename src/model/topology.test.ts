import { describe, expect, it } from 'vitest';
import { buildTopology, firstInstanceKey, instanceKey, poolOfKey } from './topology';
import { PATH_IDS } from './types';

const pools = [
  { name: 'bootstrapped', nodes: 4 },
  { name: 'legacy', nodes: 2 },
];

describe('buildTopology', () => {
  it('draws every pool once: 10 path kinds per pool and the control plane’s own, whatever the node count', () => {
    const small = buildTopology(
      [
        { name: 'a', nodes: 3 },
        { name: 'b', nodes: 3 },
      ],
      3,
    );
    const large = buildTopology(
      [
        { name: 'a', nodes: 2500 },
        { name: 'b', nodes: 2500 },
      ],
      3,
    );
    expect(large.paths).toHaveLength(2 * (PATH_IDS.length - 1) + 1);
    expect(large.paths.map((p) => p.key)).toEqual(small.paths.map((p) => p.key));
    expect(large.components.map((c) => c.id)).toEqual(small.components.map((c) => c.id));
  });

  it('keys a path instance by its pool, and the control plane’s own path by its id', () => {
    const keys = buildTopology(pools, 3).paths.map((p) => p.key);
    expect(keys).toContain('apiserver-kubelet@legacy');
    expect(keys).toContain('apiserver-proxy-service@bootstrapped');
    expect(keys).toContain('apiserver-konnectivity-server');
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('names the ends of a pool’s paths as that pool’s parts', () => {
    const byKey = new Map(buildTopology(pools, 3).paths.map((p) => [p.key, p]));
    expect(byKey.get('apiserver-kubelet@legacy')).toMatchObject({
      from: 'apiserver',
      to: 'kubelet@legacy',
      pool: 1,
      poolName: 'legacy',
    });
    expect(byKey.get('pod-apiserver@bootstrapped')).toMatchObject({
      from: 'pods@bootstrapped',
      to: 'apiserver',
      pool: 0,
    });
    expect(byKey.get('apiserver-ssh-tunnel@legacy')).toMatchObject({ to: 'node@legacy' });
    expect(byKey.get('kubelet-readonly@legacy')).toMatchObject({
      from: 'user',
      to: 'kubelet@legacy',
    });
    expect(byKey.get('apiserver-proxy-service@legacy')).toMatchObject({ to: 'service:shop/web' });
  });
});

describe('instance keys', () => {
  it.each([
    [instanceKey('apiserver-kubelet', 'legacy'), 'apiserver-kubelet@legacy'],
    [instanceKey('apiserver-konnectivity-server', 'legacy'), 'apiserver-konnectivity-server'],
    [firstInstanceKey('kubelet-readonly', pools), 'kubelet-readonly@bootstrapped'],
  ])('%s is %s', (got, want) => {
    expect(got).toBe(want);
  });

  it.each([
    ['apiserver-kubelet@legacy', 1],
    ['kubelet@bootstrapped', 0],
    ['apiserver-konnectivity-server', undefined],
    ['apiserver-kubelet@gpu', undefined],
  ])('%s names pool %s', (key, pool) => {
    expect(poolOfKey(pools, key)).toBe(pool);
  });
});
