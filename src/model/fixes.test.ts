import { describe, expect, it } from 'vitest';
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
