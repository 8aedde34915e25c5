import { describe, expect, it } from 'vitest';
import { fixesFor, MAX_FIX_SIZE, regressions } from './fixes';
import { PRESETS, PRESET_NAMES } from './presets';
import { computeFacts, pathState } from './rules';
import { applyChanges, isSubset } from './search';
import { scenario } from './testing';
import { isSafe, PATH_IDS } from './types';

describe('fixes', () => {
  it('offers the kubelet CA together with CA-signed serving certificates on kubeadm', () => {
    const fixes = fixesFor('apiserver-kubelet', scenario('kubeadm'));
    const keys = fixes.map((f) => f.changes.map((c) => `${c.key}=${String(c.value)}`).join(' '));
    expect(keys).toContain('apiserver.kubeletCertificateAuthority=true kubelet.servingCertificate=tls-bootstrap');
    expect(keys).toContain('konnectivity.enabled=true konnectivity.agentAuthentication=service-account-token');
    expect(keys.some((k) => k === 'apiserver.kubeletCertificateAuthority=true')).toBe(false);
  });

  it('repairs the CA mismatch with a single change and warns about the approver', () => {
    const [first] = fixesFor('apiserver-kubelet', scenario('ca-mismatch'));
    expect(first?.changes).toHaveLength(1);
    expect(first?.state).toBe('secure');
    const all = fixesFor('apiserver-kubelet', scenario('ca-mismatch'));
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
    expect(fixesFor('apiserver-kubelet', scenario('hardened'))).toEqual([]);
    expect(fixesFor('kubelet-readonly', scenario('kubeadm'))).toEqual([]);
  });

  it.each(PRESET_NAMES)('on %s every fix does what it says and is minimal', (name) => {
    const config = PRESETS[name];
    for (const id of PATH_IDS) {
      const fixes = fixesFor(id, config);
      for (const f of fixes) {
        expect(f.changes.length).toBeLessThanOrEqual(MAX_FIX_SIZE);
        expect(f.changes.some((c) => c.key === 'version' || c.key === 'network.untrusted')).toBe(false);
        const after = pathState(id, computeFacts(applyChanges(config, f.changes)));
        expect(after, `${name} ${id} ${f.summary}`).toBe(f.state);
        const others = fixes.filter((g) => g !== f && (isSafe(g.state) || g.state === 'disabled'));
        if (isSafe(f.state) || f.state === 'disabled') {
          expect(others.some((g) => g.changes.length < f.changes.length && isSubset(g.changes, f.changes))).toBe(false);
        }
      }
    }
  });

  it('finds a way to make every unsafe path safe on flags-only', () => {
    for (const id of PATH_IDS) {
      const config = PRESETS['flags-only'];
      const s = pathState(id, computeFacts(config));
      if (isSafe(s) || s === 'disabled') continue;
      expect(fixesFor(id, config).some((f) => isSafe(f.state) || f.state === 'disabled'), id).toBe(true);
    }
  });
});
