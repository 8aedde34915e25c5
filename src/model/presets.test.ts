import { describe, expect, it } from 'vitest';
import { statesOf } from './derive';
import { PRESETS, PRESET_NAMES, type PresetName } from './presets';
import { PATH_IDS, type PathState } from './types';

// Expected states per preset, in PATH_IDS order, worked out by hand from DOMAIN.md §5 and §6.
const S = 'secure', T = 'tunneled', U = 'unverified', P = 'plaintext', B = 'broken', D = 'disabled';
// One row per pool, in pool order.
const EXPECTED: Record<PresetName, PathState[][]> = {
  //              kubelet kproxy pod agent  a→kubelet  p-node p-pod p-svc  a→konn ssh ro
  'flags-only':   [[S, S, S, D, U, P, P, P, D, D, P]],
  kubeadm:        [[S, S, S, D, U, P, P, P, D, D, D]],
  'kubelet-ca':   [[S, S, S, D, S, P, P, P, D, D, D]],
  'ca-mismatch':  [[S, S, S, D, B, P, P, P, D, D, D]],
  konnectivity:   [[S, S, S, S, T, T, T, T, S, D, D]],
  hardened:       [[S, S, S, S, S, T, T, T, S, D, D]],
  'legacy-ssh':   [[S, S, S, D, U, U, U, U, D, U, P]],
  'mixed-pools': [
    /* bootstrapped */ [S, S, S, D, S, P, P, P, D, D, D],
    /* legacy */       [S, S, S, D, B, P, P, P, D, D, D],
  ],
};

describe('presets', () => {
  it.each(PRESET_NAMES)('%s gives the hand-derived states on every path of every pool', (name) => {
    expect(statesOf(PRESETS[name]).map((states) => PATH_IDS.map((id) => states[id]))).toEqual(EXPECTED[name]);
  });

  it('hardened makes every non-disabled path safe', () => {
    const states = Object.values(statesOf(PRESETS.hardened)[0]!);
    expect(states.filter((s) => s !== 'disabled').every((s) => s === 'secure' || s === 'tunneled')).toBe(true);
  });

  it.each(PRESET_NAMES.filter((n) => n !== 'legacy-ssh'))('%s is on v1.36 with an untrusted network', (name) => {
    expect(PRESETS[name].version).toBe('1.36');
    expect(PRESETS[name].network.untrusted).toBe(true);
  });

  it.each(PRESET_NAMES.filter((n) => n !== 'mixed-pools'))('%s has one pool named default with 3 nodes', (name) => {
    expect(PRESETS[name].pools.map((p) => [p.name, p.nodes])).toEqual([['default', 3]]);
  });

  it('mixed-pools is the kubelet-ca apiserver over pool bootstrapped (4 nodes) and pool legacy (2, self-signed kubeadm file)', () => {
    const m = PRESETS['mixed-pools'];
    expect(m.apiserver).toEqual(PRESETS['kubelet-ca'].apiserver);
    expect(m.pools.map((p) => [p.name, p.nodes])).toEqual([['bootstrapped', 4], ['legacy', 2]]);
    expect(m.pools[0]!.kubelet).toEqual({ ...PRESETS.kubeadm.pools[0]!.kubelet, servingCertificate: 'tls-bootstrap' });
    expect(m.pools[1]!.kubelet).toEqual(PRESETS.kubeadm.pools[0]!.kubelet);
  });

  it('legacy-ssh is a v1.21 cluster with the read-only port the tunnel health check used', () => {
    expect(PRESETS['legacy-ssh'].version).toBe('1.21');
    expect(PRESETS['legacy-ssh'].pools[0]!.kubelet.readOnlyPort).toBe(10255);
    expect(PRESETS['legacy-ssh'].apiserver.sshTunnels).toBe(true);
  });

  it('hardened turns --anonymous-auth off and proxies over https (docs/rules.md, the presets table)', () => {
    expect(PRESETS.hardened.apiserver.anonymousAuth).toBe(false);
    expect(PRESETS.hardened.apiserver.proxyScheme).toBe('https');
    expect(PRESETS['kubelet-ca'].apiserver).toMatchObject({ anonymousAuth: true, proxyScheme: 'http' });
  });

  it('kubeadm leaves --anonymous-auth at its default and uses Node,RBAC', () => {
    expect(PRESETS.kubeadm.apiserver.anonymousAuth).toBe(true);
    expect(PRESETS.kubeadm.apiserver.authorizationModes).toEqual(['Node', 'RBAC']);
    expect(PRESETS.kubeadm.pools[0]!.kubelet).toMatchObject({ anonymousAuth: false, clientCAFile: true, readOnlyPort: 0 });
  });
});
