import { describe, expect, it } from 'vitest';
import { POSITIONS } from './attackers';
import { setKey } from './config';
import { exploits } from './exposureMarks';
import { PRESETS } from './presets';
import { PATH_IDS } from './types';

const PROXIES = ['apiserver-proxy-node', 'apiserver-proxy-pod', 'apiserver-proxy-service'] as const;

describe('exploits: the marks the diagram draws for a picked attacker position', () => {
  // DOMAIN.md §10 by hand: flags-only's kubelet serves anonymous callers and its read-only port is open.
  it.each(PATH_IDS)('flags-only, a compromised pod: %s', (id) => {
    const expected = id === 'apiserver-kubelet' || id === 'kubelet-readonly';
    expect(exploits(PRESETS['flags-only'], 'pod', id, 0)).toBe(expected);
  });

  it('hardened leaves only the proxies’ last leg, to the node network', () => {
    for (const position of POSITIONS) {
      for (const id of PATH_IDS) {
        const pool = id === 'apiserver-konnectivity-server' ? undefined : 0;
        const expected = position === 'node-network' && (PROXIES as readonly string[]).includes(id);
        expect([position, id, exploits(PRESETS.hardened, position, id, pool)]).toEqual([
          position,
          id,
          expected,
        ]);
      }
    }
  });

  it('marks link on a trusted network too (it would exploit the same paths on an untrusted one)', () => {
    const trusted = setKey(PRESETS.kubeadm, 'network.untrusted', false);
    expect(exploits(trusted, 'link', 'apiserver-kubelet', 0)).toBe(true);
  });

  it('tells the pools of a scenario apart', () => {
    const config = setKey(PRESETS['mixed-pools'], 'kubelet.readOnlyPort', 10255, 'legacy');
    expect([
      exploits(config, 'anyone', 'kubelet-readonly', 0),
      exploits(config, 'anyone', 'kubelet-readonly', 1),
    ]).toEqual([false, true]);
    expect(exploits(config, 'anyone', 'kubelet-readonly', 2)).toBe(false);
  });
});
