import { describe, expect, it } from 'vitest';
import type { PoolSize } from '../model/pools';
import { carrySelection, instanceKey, selectedPoolOf } from './instanceKeys';

// Keys as the diagram spells them today (src/model/topology.ts): `id@node-N` in a one-pool
// `default` scenario, `id@POOL-N` with several pools; the Service proxy names the Service.
const one: PoolSize[] = [{ name: 'default', nodes: 3 }];
const two: PoolSize[] = [
  { name: 'bootstrapped', nodes: 4 },
  { name: 'legacy', nodes: 2 },
];

describe('instanceKey', () => {
  it.each<[readonly PoolSize[], Parameters<typeof instanceKey>[1], string]>([
    [one, { id: 'apiserver-kubelet', pool: 0 }, 'apiserver-kubelet@node-1'],
    [two, { id: 'apiserver-kubelet', pool: 1 }, 'apiserver-kubelet@legacy-1'],
    [two, { id: 'kubelet-apiserver', pool: 0 }, 'kubelet-apiserver@bootstrapped-1'],
    [one, { id: 'apiserver-proxy-service', pool: 0 }, 'apiserver-proxy-service@service:shop/web'],
    [
      two,
      { id: 'apiserver-proxy-service', pool: 1 },
      'apiserver-proxy-service@service:shop/web@legacy',
    ],
    [two, { id: 'apiserver-konnectivity-server' }, 'apiserver-konnectivity-server'],
  ])('%j %j → %s', (pools, ref, key) => {
    expect(instanceKey(pools, ref)).toBe(key);
  });

  it('reads the pool back from the key', () => {
    expect(
      selectedPoolOf(two, {
        kind: 'path',
        id: 'apiserver-kubelet',
        key: 'apiserver-kubelet@legacy-2',
      }),
    ).toBe(1);
    expect(
      selectedPoolOf(two, {
        kind: 'path',
        id: 'apiserver-konnectivity-server',
        key: 'apiserver-konnectivity-server',
      }),
    ).toBeUndefined();
    expect(selectedPoolOf(two, { kind: 'component', id: 'apiserver' })).toBeUndefined();
  });
});

describe('carrySelection', () => {
  const onLegacy = {
    kind: 'path',
    id: 'apiserver-kubelet',
    key: 'apiserver-kubelet@legacy-2',
  } as const;

  it('keeps a node that still exists, and moves to the pool’s first node when it does not', () => {
    expect(carrySelection(two, [two[0]!, { name: 'legacy', nodes: 5 }], onLegacy)).toEqual(
      onLegacy,
    );
    expect(carrySelection(two, [two[0]!, { name: 'legacy', nodes: 1 }], onLegacy)).toEqual({
      ...onLegacy,
      key: 'apiserver-kubelet@legacy-1',
    });
  });

  it('follows its pool when pools move or are renamed, and is dropped with it', () => {
    expect(carrySelection(two, [two[1]!, two[0]!], onLegacy)).toEqual(onLegacy);
    const renamed = [two[0]!, { name: 'old', nodes: 2 }];
    expect(carrySelection(two, renamed, onLegacy, { from: 'legacy', to: 'old' })).toEqual({
      ...onLegacy,
      key: 'apiserver-kubelet@old-1',
    });
    expect(carrySelection(two, [two[0]!], onLegacy)).toBeNull();
    expect(carrySelection(two, renamed, onLegacy)).toBeNull();
  });

  it('re-spells the key when a one-pool default scenario gets a second pool', () => {
    const sel = { kind: 'path', id: 'apiserver-kubelet', key: 'apiserver-kubelet@node-2' } as const;
    expect(carrySelection(one, [...one, { name: 'pool-2', nodes: 1 }], sel)).toEqual({
      ...sel,
      key: 'apiserver-kubelet@default-1',
    });
  });

  it('keeps control-plane selections and drops a node component whose node is gone', () => {
    const cp = {
      kind: 'path',
      id: 'apiserver-konnectivity-server',
      key: 'apiserver-konnectivity-server',
    } as const;
    expect(carrySelection(two, [two[0]!], cp)).toBe(cp);
    expect(carrySelection(two, [two[0]!], { kind: 'component', id: 'apiserver' })).toEqual({
      kind: 'component',
      id: 'apiserver',
    });
    expect(
      carrySelection(two, [two[0]!], { kind: 'component', id: 'kubelet@legacy-1' }),
    ).toBeNull();
    expect(
      carrySelection(two, [two[0]!, { name: 'legacy', nodes: 3 }], {
        kind: 'component',
        id: 'kubelet@legacy-1',
      }),
    ).toEqual({
      kind: 'component',
      id: 'kubelet@legacy-1',
    });
  });
});
