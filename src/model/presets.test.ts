import { describe, expect, it } from 'vitest';
import { PRESETS, PRESET_NAMES, type PresetName } from './presets';
import { pathStates } from './rules';
import { PATH_IDS, type PathState } from './types';

// Expected states per preset, in PATH_IDS order, worked out by hand from DOMAIN.md §5 and §6.
const S = 'secure', T = 'tunneled', U = 'unverified', P = 'plaintext', B = 'broken', D = 'disabled';
const EXPECTED: Record<PresetName, PathState[]> = {
  //            kubelet kproxy pod agent  a→kubelet  p-node p-pod p-svc  a→konn ssh ro
  'flags-only':   [S, S, S, D, U, P, P, P, D, D, P],
  kubeadm:        [S, S, S, D, U, P, P, P, D, D, D],
  'kubelet-ca':   [S, S, S, D, S, P, P, P, D, D, D],
  'ca-mismatch':  [S, S, S, D, B, P, P, P, D, D, D],
  konnectivity:   [S, S, S, S, T, T, T, T, S, D, D],
  hardened:       [S, S, S, S, S, T, T, T, S, D, D],
  'legacy-ssh':   [S, S, S, D, U, U, U, U, D, U, P],
};

describe('presets', () => {
  it.each(PRESET_NAMES)('%s gives the DOMAIN.md states on every path', (name) => {
    const states = pathStates(PRESETS[name]);
    expect(PATH_IDS.map((id) => states[id])).toEqual(EXPECTED[name]);
  });

  it('hardened makes every non-disabled path safe', () => {
    const states = Object.values(pathStates(PRESETS.hardened));
    expect(states.filter((s) => s !== 'disabled').every((s) => s === 'secure' || s === 'tunneled')).toBe(true);
  });

  it.each(PRESET_NAMES.filter((n) => n !== 'legacy-ssh'))('%s is on v1.34 with an untrusted network', (name) => {
    expect(PRESETS[name].version).toBe('1.34');
    expect(PRESETS[name].network.untrusted).toBe(true);
  });

  it('legacy-ssh is a v1.21 cluster with the read-only port the tunnel health check used', () => {
    expect(PRESETS['legacy-ssh'].version).toBe('1.21');
    expect(PRESETS['legacy-ssh'].kubelet.readOnlyPort).toBe(10255);
    expect(PRESETS['legacy-ssh'].apiserver.sshTunnels).toBe(true);
  });

  it('kubeadm leaves --anonymous-auth at its default and uses Node,RBAC', () => {
    expect(PRESETS.kubeadm.apiserver.anonymousAuth).toBe(true);
    expect(PRESETS.kubeadm.apiserver.authorizationModes).toEqual(['Node', 'RBAC']);
    expect(PRESETS.kubeadm.kubelet).toMatchObject({ anonymousAuth: false, clientCAFile: true, readOnlyPort: 0 });
  });
});
