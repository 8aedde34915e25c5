import { describe, expect, it } from 'vitest';
import {
  classifyChange,
  compareCached,
  compareConfigs,
  CHANGE_KINDS,
  diffSummary,
  type ChangeKind,
} from './compare';
import { setKey } from './config';
import { withPoolSizes } from './pools';
import { PRESETS } from './presets';
import { scenario } from './testing';
import { PATH_IDS, STATES, type PathState } from './types';

describe('classifyChange', () => {
  it.each<[PathState, PathState, ChangeKind]>([
    ['secure', 'secure', 'unchanged'],
    ['broken', 'broken', 'unchanged'],
    ['unverified', 'broken', 'broke'],
    ['secure', 'broken', 'broke'],
    ['disabled', 'broken', 'broke'],
    ['broken', 'secure', 'repaired'],
    ['broken', 'unverified', 'repaired'],
    ['broken', 'disabled', 'removed'],
    ['unverified', 'secure', 'became-safe'],
    ['plaintext', 'tunneled', 'became-safe'],
    ['secure', 'unverified', 'became-unsafe'],
    ['tunneled', 'plaintext', 'became-unsafe'],
    ['disabled', 'unverified', 'became-unsafe'],
    ['plaintext', 'disabled', 'removed'],
    ['secure', 'disabled', 'removed'],
    ['disabled', 'secure', 'appeared'],
    ['unverified', 'plaintext', 'changed'],
    ['tunneled', 'secure', 'changed'],
  ])('%s → %s is %s', (before, after, want) => {
    expect(classifyChange(before, after)).toBe(want);
  });

  it('gives every pair of states exactly one known kind', () => {
    for (const a of STATES)
      for (const b of STATES) expect(CHANGE_KINDS).toContain(classifyChange(a, b));
  });
});

describe('compareConfigs', () => {
  it('kubeadm → hardened: the control-plane→node paths became safe, nothing broke', () => {
    const cmp = compareConfigs(scenario('kubeadm'), scenario('hardened'));
    const by = Object.fromEntries(cmp.paths.map((p) => [p.id, p]));
    expect(by['apiserver-kubelet']).toEqual({
      id: 'apiserver-kubelet',
      pool: 'default',
      before: 'unverified',
      after: 'secure',
      change: 'became-safe',
    });
    expect(by['apiserver-proxy-pod']?.change).toBe('became-safe');
    expect(by['konnectivity-agent-server']?.change).toBe('appeared');
    expect(cmp.summary).toBe('4 paths became safe, 2 appeared');
  });

  it('kubeadm → ca-mismatch: one broke', () => {
    expect(compareConfigs(scenario('kubeadm'), scenario('ca-mismatch')).summary).toBe(
      '1 path broke',
    );
  });

  it('legacy-ssh → kubeadm: the SSH tunnel and the read-only port are removed, the proxies lose SSH', () => {
    const cmp = compareConfigs(scenario('legacy-ssh'), scenario('kubeadm'));
    expect(cmp.counts.removed).toBe(2);
    expect(cmp.counts.changed).toBe(3);
    expect(cmp.summary).toBe('2 paths removed, 3 changed within their class');
  });

  it('lists every path in order and counts them all', () => {
    const cmp = compareConfigs(scenario('flags-only'), scenario('flags-only'));
    expect(cmp.paths.map((p) => p.id)).toEqual([...PATH_IDS]);
    expect(cmp.counts.unchanged).toBe(PATH_IDS.length);
    expect(cmp.summary).toBe('no path changed');
  });

  it('summarises in good-news-first order with plural agreement', () => {
    const counts = Object.fromEntries(CHANGE_KINDS.map((k) => [k, 0])) as Record<
      ChangeKind,
      number
    >;
    expect(diffSummary({ ...counts, 'became-safe': 3, broke: 1 })).toBe(
      '3 paths became safe, 1 broke',
    );
    expect(diffSummary({ ...counts, broke: 2 })).toBe('2 paths broke');
  });
});

describe('compareConfigs with node pools', () => {
  const row = (cmp: ReturnType<typeof compareConfigs>, id: string, pool?: string) =>
    cmp.paths.find((p) => p.id === id && p.pool === pool);

  it('compares every pool of the current scenario with a one-pool baseline (a preset)', () => {
    const cmp = compareConfigs(PRESETS['ca-mismatch'], PRESETS['mixed-pools']);
    expect(row(cmp, 'apiserver-kubelet', 'bootstrapped')).toMatchObject({ before: 'broken', after: 'secure', change: 'repaired' });
    expect(row(cmp, 'apiserver-kubelet', 'legacy')).toMatchObject({ before: 'broken', after: 'broken', change: 'unchanged' });
    expect(cmp.pooled).toBe(true);
    expect(cmp.paths).toHaveLength(10 * 2 + 1);
  });

  it('matches pools by name, and a pool new to a pooled baseline did not exist before', () => {
    const base = PRESETS['mixed-pools'];
    const current = setKey(
      withPoolSizes(base, [{ name: 'legacy', nodes: 2 }, { name: 'bootstrapped', nodes: 4 }, { name: 'new', nodes: 1 }]),
      'kubelet.servingCertificate',
      'tls-bootstrap',
      'legacy',
    );
    const cmp = compareConfigs(base, current);
    expect(row(cmp, 'apiserver-kubelet', 'legacy')).toMatchObject({ before: 'broken', after: 'secure', change: 'repaired' });
    expect(row(cmp, 'apiserver-kubelet', 'bootstrapped')).toMatchObject({ change: 'unchanged' });
    expect(row(cmp, 'apiserver-kubelet', 'new')).toMatchObject({ before: 'disabled', after: 'secure', change: 'appeared' });
    expect(row(cmp, 'apiserver-konnectivity-server')).toMatchObject({ before: 'disabled', after: 'disabled' });
  });
});

describe('compareConfigs: the cluster-wide path and the pooled flag', () => {
  it('compares a cluster-wide path with the baseline even when no pool of the current scenario matches one', () => {
    const base = withPoolSizes(PRESETS.konnectivity, [{ name: 'a', nodes: 1 }, { name: 'b', nodes: 1 }]);
    const current = withPoolSizes(PRESETS.konnectivity, [{ name: 'c', nodes: 1 }, { name: 'd', nodes: 1 }]);
    const cmp = compareConfigs(base, current);
    // One instance for the cluster: secure before and after (presets.test.ts, konnectivity).
    expect(cmp.paths.find((p) => p.id === 'apiserver-konnectivity-server')).toEqual({
      id: 'apiserver-konnectivity-server',
      before: 'secure',
      after: 'secure',
      change: 'unchanged',
    });
    // Pools c and d are new to a baseline of two other pools: their paths did not exist before
    // (apiserver-kubelet is tunneled on konnectivity, so it appeared).
    expect(cmp.paths.find((p) => p.id === 'apiserver-kubelet' && p.pool === 'c')).toMatchObject({ before: 'disabled', after: 'tunneled', change: 'appeared' });
  });

  it('is pooled with several pools in the current scenario, not with one', () => {
    expect(compareConfigs(PRESETS.kubeadm, PRESETS.hardened).pooled).toBe(false);
    expect(compareConfigs(PRESETS.kubeadm, PRESETS['mixed-pools']).pooled).toBe(true);
  });
});

describe('compareCached', () => {
  it('gives the same comparison object for the same two scenarios, and a new one when either differs', () => {
    const base = scenario('kubeadm');
    const current = scenario('hardened');
    const first = compareCached(base, current);
    expect(first.summary).toBe('4 paths became safe, 2 appeared');
    expect(compareCached(base, current)).toBe(first);
    const other = scenario('ca-mismatch');
    const second = compareCached(base, other);
    expect(second.summary).toBe('1 path broke');
    expect(compareCached(base, other)).toBe(second);
    expect(compareCached(base, current)).toBe(first);
    expect(compareCached(current, base)).not.toBe(first);
  });
});
