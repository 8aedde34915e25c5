import { describe, expect, it } from 'vitest';
import type { PoolSize } from '../model/pools';
import { carrySelection, instanceKey, selectedPoolOf } from './instanceKeys';

// Keys as the diagram spells them (one card per pool, docs/graph.md): `id@POOL` for the per-pool
// path kinds, the bare id for the control plane's own path; components `kind@POOL`.
const one: PoolSize[] = [{ name: 'default', nodes: 3 }];
const two: PoolSize[] = [
  { name: 'bootstrapped', nodes: 4 },
  { name: 'legacy', nodes: 2 },
];

describe('instanceKey', () => {
  it.each<[readonly PoolSize[], Parameters<typeof instanceKey>[1], string]>([
    [one, { id: 'apiserver-kubelet', pool: 0 }, 'apiserver-kubelet@default'],
    [two, { id: 'apiserver-kubelet', pool: 1 }, 'apiserver-kubelet@legacy'],
    [two, { id: 'kubelet-apiserver', pool: 0 }, 'kubelet-apiserver@bootstrapped'],
    [two, { id: 'apiserver-proxy-service', pool: 1 }, 'apiserver-proxy-service@legacy'],
    [two, { id: 'apiserver-konnectivity-server' }, 'apiserver-konnectivity-server'],
  ])('%j %j → %s', (pools, ref, key) => {
    expect(instanceKey(pools, ref)).toBe(key);
  });

  it('reads the pool back from the key', () => {
    expect(
      selectedPoolOf(two, { kind: 'path', id: 'apiserver-kubelet', key: 'apiserver-kubelet@legacy' }),
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
  const onLegacy = { kind: 'path', id: 'apiserver-kubelet', key: 'apiserver-kubelet@legacy' } as const;

  it('stays on its pool when the pool’s node count changes', () => {
    expect(carrySelection(two, [two[0]!, { name: 'legacy', nodes: 1 }], onLegacy)).toBe(onLegacy);
  });

  it('follows its pool when pools move or are renamed, and is dropped with it', () => {
    expect(carrySelection(two, [two[1]!, two[0]!], onLegacy)).toEqual(onLegacy);
    const renamed = [two[0]!, { name: 'old', nodes: 2 }];
    expect(carrySelection(two, renamed, onLegacy, { from: 'legacy', to: 'old' })).toEqual({
      ...onLegacy,
      key: 'apiserver-kubelet@old',
    });
    expect(carrySelection(two, [two[0]!], onLegacy)).toBeNull();
    expect(carrySelection(two, renamed, onLegacy)).toBeNull();
  });

  it('keeps control-plane selections; a pool’s component follows a rename and is dropped with its pool', () => {
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
    expect(carrySelection(two, [two[0]!], { kind: 'component', id: 'kubelet@legacy' })).toBeNull();
    const renamed = [two[0]!, { name: 'old', nodes: 2 }];
    expect(
      carrySelection(two, renamed, { kind: 'component', id: 'kubelet@legacy' }, { from: 'legacy', to: 'old' }),
    ).toEqual({ kind: 'component', id: 'kubelet@old' });
  });
});
