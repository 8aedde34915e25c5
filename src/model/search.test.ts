import { describe, expect, it } from 'vitest';
import type { ConfigValue } from './config';
import {
  applyToView,
  candidateChanges,
  candidateValues,
  FIXABLE_KEYS,
  forEachChangeSet,
  isSubset,
  minimalChangeSets,
  sameChange,
  type Change,
} from './search';
import { view } from './testing';
import type { PoolView } from './types';

const ch = (key: Change['key'], value: ConfigValue, pool?: string): Change => ({ key, value, flag: '', ...(pool === undefined ? {} : { pool }) });

describe('FIXABLE_KEYS', () => {
  it('leaves out the two facts about the cluster (version, untrusted network) and keeps every setting', () => {
    expect(FIXABLE_KEYS).not.toContain('version');
    expect(FIXABLE_KEYS).not.toContain('network.untrusted');
    expect(FIXABLE_KEYS).toHaveLength(17);
  });
});

describe('candidateValues', () => {
  // Hand-derived from the key types (DOMAIN.md §3): a flag flips, an enum tries its other choices,
  // the read-only port toggles between 0 and 10255, the authorization modes try Node,RBAC and the
  // current chain without AlwaysAllow; never the current value, never twice the same.
  it.each<[string, PoolView, Change['key'], ConfigValue[]]>([
    ['a flag flips', view('kubeadm', { 'kubelet.anonymousAuth': true }), 'kubelet.anonymousAuth', [false]],
    ['an enum tries its other choices in catalogue order', view('kubeadm', { 'kubelet.servingCertificate': 'tls-bootstrap' }), 'kubelet.servingCertificate', ['self-signed', 'ca-signed']],
    ['an open read-only port closes', view('kubeadm', { 'kubelet.readOnlyPort': 10255 }), 'kubelet.readOnlyPort', [0]],
    ['a closed read-only port opens on 10255', view('kubeadm', { 'kubelet.readOnlyPort': 0 }), 'kubelet.readOnlyPort', [10255]],
    ['ABAC,RBAC,AlwaysAllow: Node,RBAC, then the chain without AlwaysAllow', view('kubeadm', { 'apiserver.authorizationModes': ['ABAC', 'RBAC', 'AlwaysAllow'] }), 'apiserver.authorizationModes', [['Node', 'RBAC'], ['ABAC', 'RBAC']]],
    ['Node,RBAC,AlwaysAllow: Node,RBAC once', view('kubeadm', { 'apiserver.authorizationModes': ['Node', 'RBAC', 'AlwaysAllow'] }), 'apiserver.authorizationModes', [['Node', 'RBAC']]],
    ['AlwaysAllow alone: Node,RBAC, never an empty chain', view('kubeadm', { 'apiserver.authorizationModes': ['AlwaysAllow'] }), 'apiserver.authorizationModes', [['Node', 'RBAC']]],
    ['Node,RBAC already: nothing', view('kubeadm', { 'apiserver.authorizationModes': ['Node', 'RBAC'] }), 'apiserver.authorizationModes', []],
    ['the version is never a candidate', view('kubeadm'), 'version', []],
  ])('%s', (_, v, key, want) => {
    expect(candidateValues(v, key)).toEqual(want);
  });
});

describe('candidateChanges', () => {
  const v = view('kubeadm', { 'apiserver.authorizationModes': ['Node', 'RBAC'] });

  it('has one non-empty group per fixable key that has a candidate (none for Node,RBAC already in place)', () => {
    const groups = candidateChanges(v);
    expect(groups.every((g) => g.length > 0)).toBe(true);
    expect(groups.map((g) => g[0]!.key)).toEqual(FIXABLE_KEYS.filter((k) => k !== 'apiserver.authorizationModes'));
  });

  it('tags kubelet changes with the pool given, and nothing else', () => {
    const flat = candidateChanges(v, 'b').flat();
    for (const c of flat) {
      if (c.key.startsWith('kubelet.')) expect(c.pool, c.key).toBe('b');
      else expect('pool' in c, c.key).toBe(false);
    }
    expect(candidateChanges(v).flat().some((c) => 'pool' in c)).toBe(false);
  });
});

describe('applyToView', () => {
  it('applies a version change to the view and a field change to its section', () => {
    const after = applyToView(view('kubeadm'), [ch('version', '1.21'), ch('kubelet.readOnlyPort', 10255)]);
    expect(after.version).toBe('1.21');
    expect(after.kubelet.readOnlyPort).toBe(10255);
  });
});

describe('forEachChangeSet', () => {
  const groups = [[ch('kubelet.anonymousAuth', false)], [ch('kubelet.readOnlyPort', 0), ch('kubelet.readOnlyPort', 10255)], [ch('konnectivity.enabled', true)]];
  const seen = (size: number, stopAfter = Infinity) => {
    const out: string[] = [];
    const stopped = forEachChangeSet(groups, size, (set) => {
      out.push(set.map((c) => `${c.key.split('.')[1]}=${String(c.value)}`).join(' '));
      return out.length >= stopAfter;
    });
    return { out, stopped };
  };

  it('visits every set of one value per key, keys in order', () => {
    expect(seen(2)).toEqual({
      out: ['anonymousAuth=false readOnlyPort=0', 'anonymousAuth=false readOnlyPort=10255', 'anonymousAuth=false enabled=true', 'readOnlyPort=0 enabled=true', 'readOnlyPort=10255 enabled=true'],
      stopped: false,
    });
  });

  it('stops at the first visit that returns true, and says so', () => {
    expect(seen(2, 2)).toEqual({ out: ['anonymousAuth=false readOnlyPort=0', 'anonymousAuth=false readOnlyPort=10255'], stopped: true });
  });
});

describe('sameChange and isSubset', () => {
  it('needs the same key, pool and value', () => {
    expect(sameChange(ch('kubelet.readOnlyPort', 0, 'a'), ch('kubelet.readOnlyPort', 0, 'a'))).toBe(true);
    expect(sameChange(ch('kubelet.readOnlyPort', 0, 'a'), ch('kubelet.readOnlyPort', 0, 'b'))).toBe(false);
    expect(sameChange(ch('kubelet.readOnlyPort', 0, 'a'), ch('kubelet.readOnlyPort', 10255, 'a'))).toBe(false);
    expect(sameChange(ch('kubelet.anonymousAuth', false), ch('kubelet.webhookAuthentication', false))).toBe(false);
  });

  it('is a subset only when every change is in the bigger set', () => {
    const big = [ch('kubelet.readOnlyPort', 0, 'a'), ch('konnectivity.enabled', true)];
    expect(isSubset([ch('konnectivity.enabled', true)], big)).toBe(true);
    expect(isSubset([ch('kubelet.readOnlyPort', 0, 'b')], big)).toBe(false);
  });
});

describe('minimalChangeSets', () => {
  // Two single changes each meet this goal: anonymous auth off, or the read-only port closed.
  const v = view('kubeadm', { 'kubelet.anonymousAuth': true, 'kubelet.readOnlyPort': 10255 });
  const goal = (x: PoolView) => !x.kubelet.anonymousAuth || x.kubelet.readOnlyPort === 0;
  const keys = (sets: Change[][]) => sets.map((s) => s.map((c) => `${c.key}=${String(c.value)}`).join(' '));

  it('finds exactly the two single changes: every larger set contains one of them', () => {
    expect(keys(minimalChangeSets(v, goal, 3))).toEqual(['kubelet.anonymousAuth=false', 'kubelet.readOnlyPort=0']);
  });

  it('stops at the limit: one set, the first in key order, even with room for larger sets', () => {
    expect(keys(minimalChangeSets(v, goal, 3, { limit: 1 }))).toEqual(['kubelet.anonymousAuth=false']);
  });

  it('does not go on to larger sets once the limit is reached, though the first pair would qualify', () => {
    // The first pair in key order (apiserver anonymous auth and authorization modes) meets this goal.
    const w = view('kubeadm', { 'kubelet.anonymousAuth': true, 'apiserver.authorizationModes': ['AlwaysAllow'] });
    const pair = (x: PoolView) => x.apiserver.anonymousAuth !== w.apiserver.anonymousAuth && x.apiserver.authorizationModes.join() === 'Node,RBAC';
    const g = (x: PoolView) => !x.kubelet.anonymousAuth || pair(x);
    expect(keys(minimalChangeSets(w, g, 2))).toEqual([
      'kubelet.anonymousAuth=false',
      `apiserver.anonymousAuth=${String(!w.apiserver.anonymousAuth)} apiserver.authorizationModes=Node,RBAC`,
    ]);
    expect(keys(minimalChangeSets(w, g, 2, { limit: 1 }))).toEqual(['kubelet.anonymousAuth=false']);
  });
});
