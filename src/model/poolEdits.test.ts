import { describe, expect, it } from 'vitest';
import { KUBELET_CONFIG_FILE_DEFAULTS } from './defaults';
import {
  addPool,
  addPoolError,
  freePoolName,
  movePool,
  poolNodeMax,
  removePool,
  renamePool,
  resizePool,
} from './poolEdits';
import { PRESETS } from './presets';
import type { Config } from './types';

// mixed-pools (DOMAIN.md §9): bootstrapped (4 nodes, tls-bootstrap), legacy (2 nodes, self-signed).
const mixed = PRESETS['mixed-pools'];
const names = (c: Config) => c.pools.map((p) => `${p.name}:${p.nodes}`).join(',');
const withSizes = (sizes: readonly number[]): Config => ({
  ...mixed,
  pools: sizes.map((nodes, i) => ({ name: `p${i}`, nodes, kubelet: KUBELET_CONFIG_FILE_DEFAULTS })),
});
const value = <T>(r: { ok: true; value: T } | { ok: false; error: string }): T => {
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

describe('adding a pool', () => {
  it('appends pool-3 with 1 node and the settings of the pool it is like', () => {
    const c = value(addPool(mixed, 1));
    expect(names(c)).toBe('bootstrapped:4,legacy:2,pool-3:1');
    expect(c.pools[2]!.kubelet).toBe(mixed.pools[1]!.kubelet);
    expect(value(addPool(mixed)).pools[2]!.kubelet).toBe(mixed.pools[0]!.kubelet);
  });

  it('skips names already taken', () => {
    const c: Config = {
      ...mixed,
      pools: [mixed.pools[0]!, { ...mixed.pools[1]!, name: 'pool-3' }],
    };
    expect(freePoolName(c)).toBe('pool-4');
  });

  it('refuses a 21st pool and a node over 5,000 in all, with the reason', () => {
    const twenty = withSizes(Array.from({ length: 20 }, () => 1));
    expect(addPool(twenty)).toEqual({
      ok: false,
      error: 'a scenario has at most 20 pools: remove one first',
    });
    expect(addPoolError(withSizes([4999, 1]))).toBe(
      '5,000 nodes in all is the limit: make a pool smaller first',
    );
    expect(addPoolError(withSizes(Array.from({ length: 19 }, () => 1)))).toBeNull();
    expect(addPoolError(withSizes([4998, 1]))).toBeNull();
  });
});

describe('renaming a pool', () => {
  it('keeps its nodes and kubelet settings', () => {
    const c = value(renamePool(mixed, 1, 'old-nodes'));
    expect(names(c)).toBe('bootstrapped:4,old-nodes:2');
    expect(c.pools[1]!.kubelet).toBe(mixed.pools[1]!.kubelet);
  });

  it.each([
    ['', 'cannot be empty'],
    ['Legacy', 'not a DNS label'],
    ['-x', 'not a DNS label'],
    ['x-', 'not a DNS label'],
    ['a_b', 'not a DNS label'],
    ['a'.repeat(64), 'longer than 63'],
    ['bootstrapped', 'pool 1 is already named "bootstrapped": pool names are unique'],
  ])('refuses %j: %s', (name, message) => {
    const r = renamePool(mixed, 1, name);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(message);
  });

  it('accepts its own name and a 63-character label', () => {
    expect(renamePool(mixed, 1, 'legacy').ok).toBe(true);
    expect(renamePool(mixed, 1, `a${'-'.repeat(61)}b`).ok).toBe(true);
  });
});

describe('resizing a pool', () => {
  it('sets the count within 1 and what the other pools leave of 5,000', () => {
    expect(poolNodeMax(mixed, 1)).toBe(4996);
    expect(names(value(resizePool(mixed, 1, 4996)))).toBe('bootstrapped:4,legacy:4996');
    expect(names(value(resizePool(mixed, 0, 1)))).toBe('bootstrapped:1,legacy:2');
  });

  it.each([0, 4997, 2.5, Number.NaN])('refuses %s nodes, naming the range and why', (n) => {
    expect(resizePool(mixed, 1, n)).toEqual({
      ok: false,
      error:
        'pool legacy takes a whole number of nodes from 1 to 4,996 (the other pools have 4 nodes of the 5,000 in all)',
    });
  });

  it('a single pool may have all 5,000', () => {
    expect(poolNodeMax(PRESETS.kubeadm, 0)).toBe(5000);
    expect(resizePool(PRESETS.kubeadm, 0, 5001)).toEqual({
      ok: false,
      error: 'pool default takes a whole number of nodes from 1 to 5,000',
    });
  });
});

describe('moving and removing pools', () => {
  it('moves a pool one place, and not past either end', () => {
    const three = withSizes([1, 2, 3]);
    expect(names(movePool(three, 1, -1))).toBe('p1:2,p0:1,p2:3');
    expect(names(movePool(three, 1, 1))).toBe('p0:1,p2:3,p1:2');
    expect(movePool(three, 0, -1)).toBe(three);
    expect(movePool(three, 2, 1)).toBe(three);
  });

  it('removes a pool, and never the last one', () => {
    expect(names(value(removePool(mixed, 0)))).toBe('legacy:2');
    expect(removePool(PRESETS.kubeadm, 0)).toEqual({
      ok: false,
      error: 'a scenario keeps at least one pool: add another before removing this one',
    });
  });
});
