import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbScenario } from './arbitraries';
import { formatTarget, formatValue, setKey } from './config';
import { statesOf } from './derive';
import { fixesFor, MAX_FIX_SIZE, poolImpact, regressions } from './fixes';
import { instancesOf, type PathInstanceRef } from './instances';
import { withPoolSizes } from './pools';
import { PRESETS, PRESET_NAMES } from './presets';
import { applyChanges, type Change } from './search';
import { scenario, SINGLE_VALUES } from './testing';
import type { PATH_IDS} from './types';
import { isSafe, type Config, type PathState } from './types';

const good = (s: PathState) => isSafe(s) || s === 'disabled';
const text = (changes: readonly Change[]) => changes.map((c) => `${formatTarget(c)}=${formatValue(c.value)}`).join(' ');
const stateOf = (c: Config, r: PathInstanceRef) => statesOf(c)[r.pool ?? 0]![r.id];
const one = (id: (typeof PATH_IDS)[number]): PathInstanceRef => ({ id, pool: 0 });


const subsets = <T,>(xs: readonly T[]): T[][] =>
  xs.reduce<T[][]>((acc, x) => [...acc, ...acc.map((s) => [...s, x])], [[]]).filter((s) => s.length < xs.length);

describe('fixes', () => {
  it('offers the kubelet CA together with CA-signed serving certificates on kubeadm', () => {
    const keys = fixesFor(scenario('kubeadm'), one('apiserver-kubelet')).map((f) => text(f.changes));
    expect(keys).toContain('apiserver.kubeletCertificateAuthority=true kubelet.servingCertificate=tls-bootstrap');
    expect(keys).toContain('konnectivity.enabled=true konnectivity.agentAuthentication=service-account-token');
    expect(keys.some((k) => k === 'apiserver.kubeletCertificateAuthority=true')).toBe(false);
  });

  it('repairs the CA mismatch with a single change and warns about the approver', () => {
    const all = fixesFor(scenario('ca-mismatch'), one('apiserver-kubelet'));
    expect(all[0]?.changes).toHaveLength(1);
    expect(all[0]?.state).toBe('secure');
    const bootstrap = all.find((f) => f.changes[0]?.value === 'tls-bootstrap');
    expect(bootstrap?.sideEffects.join()).toContain('kubernetes.io/kubelet-serving');
    // Removing the CA makes it work again but unsafe: offered last.
    expect(all.at(-1)?.state).toBe('unverified');
  });

  it('names the paths a change makes worse', () => {
    expect(regressions(scenario('kubeadm'), scenario('kubeadm', { 'apiserver.kubeletCertificateAuthority': true }))).toEqual([
      'apiserver-kubelet becomes broken (was unverified)',
    ]);
    expect(regressions(scenario('konnectivity'), scenario('konnectivity', { 'konnectivity.enabled': false }))).toEqual(
      expect.arrayContaining(['apiserver-kubelet becomes unverified (was tunneled)', 'apiserver-proxy-pod becomes plaintext (was tunneled)']),
    );
    // Going from safe to absent is not a regression.
    expect(regressions(scenario('konnectivity'), scenario('konnectivity', { 'pods.automountServiceAccountToken': false }))).toEqual([]);
  });

  it('needs none for safe or disabled paths', () => {
    expect(fixesFor(scenario('hardened'), one('apiserver-kubelet'))).toEqual([]);
    expect(fixesFor(scenario('kubeadm'), one('kubelet-readonly'))).toEqual([]);
  });

  it.each(PRESET_NAMES)('on %s every fix reaches the state it claims, and no smaller subset of it does', (name) => {
    const config = PRESETS[name];
    for (const ref of instancesOf(config)) {
      for (const f of fixesFor(config, ref)) {
        expect(f.changes.length).toBeLessThanOrEqual(MAX_FIX_SIZE);
        expect(f.changes.some((c) => c.key === 'version' || c.key === 'network.untrusted')).toBe(false);
        expect(stateOf(applyChanges(config, f.changes), ref), `${name} ${ref.id} ${f.summary}`).toBe(f.state);
        if (!good(f.state)) continue;
        for (const sub of subsets(f.changes)) {
          expect(good(stateOf(applyChanges(config, sub), ref)), `${name} ${ref.id}: ${text(sub)} already suffices`).toBe(false);
        }
      }
    }
  });

  it.each(PRESET_NAMES)('on %s every single change that makes a path safe is offered (brute force over every key and value)', (name) => {
    const config = PRESETS[name];
    for (const ref of instancesOf(config)) {
      if (good(stateOf(config, ref))) continue;
      const offered = new Set(fixesFor(config, ref).map((f) => text(f.changes)));
      const pool = config.pools.length > 1 && ref.pool !== undefined ? config.pools[ref.pool]!.name : undefined;
      for (const [key, values] of SINGLE_VALUES) {
        for (const value of values) {
          const ch: Change = { key, value, flag: '', ...(pool && key.startsWith('kubelet.') ? { pool } : {}) };
          const after = setKey(config, key, value, ch.pool);
          if (good(stateOf(after, ref))) expect(offered, `${name} ${ref.id}: ${text([ch])}`).toContain(text([ch]));
        }
      }
    }
  });

  it('finds a way to make every unsafe path safe on flags-only', () => {
    const config = PRESETS['flags-only'];
    for (const ref of instancesOf(config)) {
      if (good(stateOf(config, ref))) continue;
      expect(fixesFor(config, ref).some((f) => good(f.state)), ref.id).toBe(true);
    }
  });
});

describe('fixes with node pools', () => {
  const twoPools = setKey(
    withPoolSizes(PRESETS.kubeadm, [{ name: 'bootstrapped', nodes: 4 }, { name: 'legacy', nodes: 2 }]),
    'kubelet.servingCertificate',
    'tls-bootstrap',
    'bootstrapped',
  );

  it('makes kubelet changes on the instance’s own pool, written pools.NAME.kubelet.X', () => {
    const fixes = fixesFor(PRESETS['mixed-pools'], { id: 'apiserver-kubelet', pool: 1 });
    expect(fixes.map((f) => text(f.changes))).toEqual(
      expect.arrayContaining(['pools.legacy.kubelet.servingCertificate=tls-bootstrap', 'pools.legacy.kubelet.servingCertificate=ca-signed']),
    );
    expect(fixes.flatMap((f) => f.changes).some((c) => c.key.startsWith('kubelet.') && c.pool !== 'legacy')).toBe(false);
  });

  it('says what a cluster-wide fix does to each pool: verifies one, breaks logs/exec on the one that self-signs', () => {
    const ca = fixesFor(twoPools, { id: 'apiserver-kubelet', pool: 0 }).find((f) => text(f.changes) === 'apiserver.kubeletCertificateAuthority=true');
    expect(ca?.state).toBe('secure');
    expect(ca?.pools).toBe(
      'verifies logs/exec on pool bootstrapped (4 nodes); breaks logs/exec on pool legacy (2 nodes): its kubelets self-sign',
    );
    expect(ca?.sideEffects).toContain('apiserver-kubelet@legacy becomes broken (was unverified)');
    expect(ca?.sideEffects.some((e) => e.startsWith('pool legacy (2 nodes) still self-signs:'))).toBe(true);
  });

  it('says nothing per pool for a change made on one pool only, or in a one-pool scenario', () => {
    for (const f of fixesFor(PRESETS['mixed-pools'], { id: 'apiserver-kubelet', pool: 1 })) {
      if (f.changes.every((c) => c.pool !== undefined)) expect(f.pools).toBeUndefined();
    }
    for (const f of fixesFor(PRESETS.kubeadm, one('apiserver-kubelet'))) expect(f.pools).toBeUndefined();
  });

  it('groups pools by what happens to them and names pools left unsafe', () => {
    const three = withPoolSizes(twoPools, [
      { name: 'bootstrapped', nodes: 4 },
      { name: 'legacy', nodes: 2 },
      { name: 'spare', nodes: 3 },
    ]);
    const after = setKey(three, 'konnectivity.enabled', true);
    expect(poolImpact(three, after, 'apiserver-kubelet')).toBe('');
    const tunneled = setKey(after, 'konnectivity.agentAuthentication', 'mtls');
    expect(poolImpact(three, tunneled, 'apiserver-proxy-pod')).toBe('tunnels the pod proxy on pools bootstrapped, legacy, spare (9 nodes)');
    // A new pool starts with the first pool's kubelet, so spare is bootstrapped too.
    const ca = setKey(three, 'apiserver.kubeletCertificateAuthority', true);
    expect(poolImpact(three, ca, 'apiserver-kubelet')).toBe(
      'verifies logs/exec on pools bootstrapped, spare (7 nodes); breaks logs/exec on pool legacy (2 nodes): its kubelets self-sign',
    );
    const refusing = setKey(twoPools, 'kubelet.clientCAFile', false, 'legacy');
    const tunnel = setKey(setKey(refusing, 'konnectivity.enabled', true), 'konnectivity.agentAuthentication', 'mtls');
    expect(poolImpact(refusing, tunnel, 'apiserver-kubelet')).toBe(
      'tunnels logs/exec on pool bootstrapped (4 nodes); leaves logs/exec broken on pool legacy (2 nodes)',
    );
    const https = setKey(twoPools, 'apiserver.proxyScheme', 'https');
    expect(poolImpact(twoPools, https, 'apiserver-proxy-node')).toBe(
      'changes the node proxy plaintext → unverified on pools bootstrapped, legacy (6 nodes)',
    );
  });
});

describe('regressions and poolImpact at the edges', () => {
  const two = (preset: Parameters<typeof scenario>[0]) => withPoolSizes(scenario(preset), [{ name: 'a', nodes: 1 }, { name: 'b', nodes: 2 }]);

  it('ignores a pool the change adds (it has no before) and a path broken before and after', () => {
    const before = scenario('ca-mismatch');
    expect(statesOf(before)[0]!['apiserver-kubelet']).toBe('broken');
    const after = withPoolSizes(before, [{ name: before.pools[0]!.name, nodes: 1 }, { name: 'extra', nodes: 1 }]);
    expect(regressions(before, after)).toEqual([]);
  });

  it('does not count tunneled → secure (both safe) as a regression', () => {
    // konnectivity: logs/exec ride the authenticated tunnel; bootstrapped serving certificates and
    // --kubelet-certificate-authority make the direct call verified (DOMAIN.md: both are safe).
    const before = scenario('konnectivity');
    const after = applyChanges(before, [
      { key: 'kubelet.servingCertificate', value: 'tls-bootstrap', flag: '' },
      { key: 'apiserver.kubeletCertificateAuthority', value: true, flag: '' },
    ]);
    expect([statesOf(before)[0]!['apiserver-kubelet'], statesOf(after)[0]!['apiserver-kubelet']]).toEqual(['tunneled', 'secure']);
    expect(regressions(before, after)).toEqual([]);
  });

  it('says nothing about a path with one instance, even when it changes', () => {
    const before = two('kubeadm');
    const after = applyChanges(before, [
      { key: 'konnectivity.agentAuthentication', value: 'service-account-token', flag: '' },
      { key: 'konnectivity.enabled', value: true, flag: '' },
    ]);
    expect(statesOf(before)[0]!['apiserver-konnectivity-server']).not.toBe(statesOf(after)[0]!['apiserver-konnectivity-server']);
    expect(poolImpact(before, after, 'apiserver-konnectivity-server')).toBe('');
  });

  it('counts "1 node" in the singular and skips a pool already safe and unchanged', () => {
    // Pool a already bootstraps its serving certificate; the CA verifies it and breaks pool b (self-signed).
    const before = setKey(two('kubeadm'), 'kubelet.servingCertificate', 'tls-bootstrap', 'a');
    const after = setKey(before, 'apiserver.kubeletCertificateAuthority', true);
    expect(poolImpact(before, after, 'apiserver-kubelet')).toBe('verifies logs/exec on pool a (1 node); breaks logs/exec on pool b (2 nodes): its kubelets self-sign');
    const later = setKey(after, 'kubelet.servingCertificate', 'tls-bootstrap', 'b');
    expect(poolImpact(after, later, 'apiserver-kubelet')).toBe('repairs logs/exec on pool b (2 nodes)');
  });

  it('treats a pool the change adds as having had the path disabled: disabled → unverified exposes it', () => {
    const before = scenario('kubeadm');
    const after = withPoolSizes(before, [{ name: 'default', nodes: 1 }, { name: 'extra', nodes: 1 }]);
    expect(poolImpact(before, after, 'apiserver-kubelet')).toBe('leaves logs/exec unverified on pool default (1 node); exposes logs/exec on pool extra (1 node)');
  });

  it('shows the pool impact of a fix that mixes a cluster-wide change with a per-pool one', () => {
    const config = two('kubeadm');
    const fixes = fixesFor(config, { id: 'apiserver-kubelet', pool: 0 });
    const mixed = fixes.find((f) => f.changes.some((c) => c.pool === undefined) && f.changes.some((c) => c.pool !== undefined));
    expect(mixed, fixes.map((f) => f.summary).join('\n')).toBeDefined();
    expect(mixed!.pools).toMatch(/pool b/);
  });
});

describe('poolImpact: repairs into a tunnel', () => {
  it('says "repairs" for pools whose broken path now works through the tunnel (not "tunnels", which is for exposed → tunneled)', () => {
    // docs/rules.md: a konnectivity-server that does not match the egress selection (server-mismatch)
    // breaks apiserver-kubelet; matching it makes the path tunneled, as on the konnectivity preset.
    const two = setKey(withPoolSizes(PRESETS.konnectivity, [{ name: 'a', nodes: 1 }, { name: 'b', nodes: 2 }]), 'konnectivity.serverMatchesEgress', false);
    expect(poolImpact(two, setKey(two, 'konnectivity.serverMatchesEgress', true), 'apiserver-kubelet')).toBe('repairs logs/exec on pools a, b (3 nodes)');
  });
});

describe('fixesFor: which fixes, in which order', () => {
  it('offers only fixes that make an unsafe, working path safe (no repairs: it is not broken)', () => {
    const fixes = fixesFor(scenario('kubeadm'), { id: 'apiserver-kubelet' });
    expect(statesOf(scenario('kubeadm'))[0]!['apiserver-kubelet']).toBe('unverified');
    expect(fixes.length).toBeGreaterThan(0);
    expect(fixes.every((f) => good(f.state)), fixes.map((f) => f.summary).join('\n')).toBe(true);
  });

  it('lists a broken path’s safe fixes first, then the repairs, never one change twice, each group by size then side effects', () => {
    const config = scenario('ca-mismatch');
    const fixes = fixesFor(config, { id: 'apiserver-kubelet' });
    const keys = fixes.map((f) => text(f.changes));
    expect(new Set(keys).size).toBe(keys.length);
    expect(fixes.some((f) => !good(f.state))).toBe(true);
    const rank = fixes.map((f) => [Number(!good(f.state)), f.changes.length, f.sideEffects.length]);
    for (let i = 1; i < rank.length; i++) {
      const [p, q] = [rank[i - 1]!, rank[i]!];
      const cmp = p[0]! - q[0]! || p[1]! - q[1]! || p[2]! - q[2]!;
      expect(cmp, `${keys[i - 1]} before ${keys[i]}`).toBeLessThanOrEqual(0);
    }
  });

  it('orders every instance’s fixes safe first, then by fewer changes, then by fewer side effects, on random scenarios (fast-check)', () => {
    fc.assert(
      fc.property(arbScenario(1), (config) => {
        for (const ref of instancesOf(config)) {
          const rank = fixesFor(config, ref).map((f) => [Number(!good(f.state)), f.changes.length, f.sideEffects.length] as const);
          for (let i = 1; i < rank.length; i++) {
            const [p, q] = [rank[i - 1]!, rank[i]!];
            expect(p[0] - q[0] || p[1] - q[1] || p[2] - q[2], `${ref.id} fix ${i}`).toBeLessThanOrEqual(0);
          }
        }
      }),
      { numRuns: 40, seed: 3 },
    );
  });
});
