import { describe, expect, it } from 'vitest';
import { PATH_SPECS } from './paths';
import { routeOf } from './route';
import { scenario } from './testing';
import { PATH_IDS, type PathId } from './types';

const egress = PATH_IDS.filter((id) => PATH_SPECS[id].egress);
const local = PATH_IDS.filter((id) => !PATH_SPECS[id].egress);

describe('routeOf', () => {
  it('knows exactly the four cluster-egress paths', () => {
    expect(egress).toEqual([
      'apiserver-kubelet',
      'apiserver-proxy-node',
      'apiserver-proxy-pod',
      'apiserver-proxy-service',
    ]);
  });

  it.each(egress)('routes %s directly in kubeadm', (id) => {
    expect(routeOf(id, scenario('kubeadm'))).toBe('direct');
  });

  it.each(egress)('routes %s through Konnectivity in the konnectivity preset', (id) => {
    expect(routeOf(id, scenario('konnectivity'))).toBe('konnectivity');
  });

  it.each([
    ['agent authentication none (unverified tunnel still carries it)', { 'konnectivity.agentAuthentication': 'none' }],
    ['a plain tcp frontend (dials fail at the server, nothing falls back)', { 'konnectivity.frontend': 'tcp' }],
    ['SSH tunnels also configured (Konnectivity wins)', { 'apiserver.sshTunnels': true, version: '1.21' }],
  ] as const)('keeps Konnectivity with %s', (_name, overrides) => {
    for (const id of egress) expect(routeOf(id, scenario('konnectivity', overrides))).toBe('konnectivity');
  });

  it.each(egress)('routes %s through SSH in legacy-ssh', (id) => {
    expect(routeOf(id, scenario('legacy-ssh'))).toBe('ssh');
  });

  it.each(egress)('routes %s directly when SSH flags are set on 1.22+ (the flags are gone)', (id) => {
    expect(routeOf(id, scenario('kubeadm', { 'apiserver.sshTunnels': true, version: '1.22' }))).toBe('direct');
  });

  it.each(local)('never reroutes %s, even with every tunnel on', (id: PathId) => {
    for (const preset of ['konnectivity', 'legacy-ssh', 'hardened'] as const) {
      expect(routeOf(id, scenario(preset))).toBe('direct');
    }
  });
});
