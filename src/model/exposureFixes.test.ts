import { describe, expect, it } from 'vitest';
import { POSITIONS, type Position } from './attackers';
import { assess } from './assess';
import { formatTarget, formatValue, setKey } from './config';
import { exposureFixes } from './exposureFixes';
import { MAX_FIX_SIZE } from './fixes';
import { instancesOf, type PathInstanceRef } from './instances';
import { withPoolSizes } from './pools';
import { PRESETS, PRESET_NAMES } from './presets';
import { applyChanges, type Change } from './search';
import { SINGLE_VALUES } from './testing';
import type { Config } from './types';

const text = (changes: readonly Change[]) =>
  changes
    .map((c) => `${formatTarget(c)}=${formatValue(c.value)}`)
    .sort()
    .join(' ');
const offered = (config: Config, ref: PathInstanceRef, position: Position) =>
  exposureFixes(config, ref, position).map((f) => text(f.changes));

/** Read through the full report, not the search's own goal: does `position` exploit the instance, and its state. */
function seen(config: Config, ref: PathInstanceRef, position: Position) {
  const p = assess(config).paths.find((a) => a.id === ref.id && a.poolIndex === ref.pool)!;
  return { exploits: p.exposures.some((e) => e.position === position), state: p.state };
}
const takesAway = (
  config: Config,
  ref: PathInstanceRef,
  position: Position,
  changes: readonly Change[],
) => {
  const after = seen(applyChanges(config, changes), ref, position);
  return !after.exploits && after.state !== 'broken';
};

const subsets = <T>(xs: readonly T[]): T[][] =>
  xs
    .reduce<T[][]>((acc, x) => [...acc, ...acc.map((s) => [...s, x])], [[]])
    .filter((s) => s.length < xs.length);

const at = (id: PathInstanceRef['id'], pool = 0): PathInstanceRef => ({ id, pool });

describe('exposureFixes: what takes a path instance away from an attacker position', () => {
  // Worked out by hand from DOMAIN.md §10 and the rules (DOMAIN.md §5), not from the code.
  it.each<[string, Config, PathInstanceRef, Position, string[]]>([
    // The read-only port: only closing it (the path becomes disabled).
    [
      'flags-only, read-only port, pod',
      PRESETS['flags-only'],
      at('kubelet-readonly'),
      'pod',
      ['kubelet.readOnlyPort=0'],
    ],
    [
      'flags-only, read-only port, anyone',
      PRESETS['flags-only'],
      at('kubelet-readonly'),
      'anyone',
      ['kubelet.readOnlyPort=0'],
    ],
    // The anonymous kubelet: refusing anonymous callers alone breaks logs/exec (the apiserver
    // presents no client certificate and the kubelet checks none), so both certificates come with
    // it; Webhook authorization would need the apiserver off AlwaysAllow as well (4 changes).
    [
      'flags-only, apiserver → kubelet, pod',
      PRESETS['flags-only'],
      at('apiserver-kubelet'),
      'pod',
      [
        'apiserver.kubeletClientCertificate=true kubelet.anonymousAuth=false kubelet.clientCAFile=true',
      ],
    ],
    // No kubelet CA: the CA with verifiable serving certificates, or the tunnel with agent auth.
    [
      'kubeadm, apiserver → kubelet, link',
      PRESETS.kubeadm,
      at('apiserver-kubelet'),
      'link',
      [
        'apiserver.kubeletCertificateAuthority=true kubelet.servingCertificate=ca-signed',
        'apiserver.kubeletCertificateAuthority=true kubelet.servingCertificate=tls-bootstrap',
        'konnectivity.agentAuthentication=service-account-token konnectivity.enabled=true',
        'konnectivity.agentAuthentication=mtls konnectivity.enabled=true',
      ],
    ],
    // A compromised node keeps the tunneled kubelet path unless the apiserver verifies kubelets.
    [
      'konnectivity, apiserver → kubelet, node',
      PRESETS.konnectivity,
      at('apiserver-kubelet'),
      'node',
      [
        'apiserver.kubeletCertificateAuthority=true kubelet.servingCertificate=ca-signed',
        'apiserver.kubeletCertificateAuthority=true kubelet.servingCertificate=tls-bootstrap',
      ],
    ],
    [
      'legacy-ssh, SSH tunnel, link',
      PRESETS['legacy-ssh'],
      at('apiserver-ssh-tunnel'),
      'link',
      ['apiserver.sshTunnels=false'],
    ],
    // The proxies' last leg: tunneled or direct, someone in the node network is on it; no flag verifies it.
    [
      'hardened, pod proxy, node network',
      PRESETS.hardened,
      at('apiserver-proxy-pod'),
      'node-network',
      [],
    ],
    // Nothing to take away.
    ['hardened, apiserver → kubelet, pod', PRESETS.hardened, at('apiserver-kubelet'), 'pod', []],
    [
      'kubeadm, read-only port (closed), anyone',
      PRESETS.kubeadm,
      at('kubelet-readonly'),
      'anyone',
      [],
    ],
  ])('%s', (_, config, ref, position, expected) => {
    expect(offered(config, ref, position)).toEqual(expected);
  });

  it('makes kubelet changes on the instance’s own pool in a scenario of several pools', () => {
    const config = setKey(PRESETS['mixed-pools'], 'kubelet.readOnlyPort', 10255, 'legacy');
    expect(offered(config, at('kubelet-readonly', 1), 'anyone')).toEqual([
      'pools.legacy.kubelet.readOnlyPort=0',
    ]);
    expect(offered(config, at('kubelet-readonly', 0), 'anyone')).toEqual([]);
  });

  it('offers a fix that breaks another pool only after those that break nothing, even when it is smaller', () => {
    // bootstrapped serves bootstrapped certificates, legacy self-signs; no kubelet CA yet.
    const config = setKey(
      withPoolSizes(PRESETS.kubeadm, [
        { name: 'bootstrapped', nodes: 4 },
        { name: 'legacy', nodes: 2 },
      ]),
      'kubelet.servingCertificate',
      'tls-bootstrap',
      'bootstrapped',
    );
    const fixes = exposureFixes(config, at('apiserver-kubelet', 0), 'link');
    expect(fixes.map((f) => text(f.changes))).toEqual([
      'konnectivity.agentAuthentication=service-account-token konnectivity.enabled=true',
      'konnectivity.agentAuthentication=mtls konnectivity.enabled=true',
      // The CA verifies bootstrapped and breaks logs/exec on legacy, whose kubelets self-sign.
      'apiserver.kubeletCertificateAuthority=true',
    ]);
    expect(fixes[2]!.sideEffects).toContain(
      'apiserver-kubelet@legacy becomes broken (was unverified)',
    );
  });

  it.each(PRESET_NAMES)(
    'on %s every fix takes the position away without breaking the instance, and no smaller subset does',
    (name) => {
      const config = PRESETS[name];
      for (const ref of instancesOf(config)) {
        for (const position of POSITIONS) {
          for (const f of exposureFixes(config, ref, position)) {
            const what = `${name} ${ref.id} ${position}: ${text(f.changes)}`;
            expect(f.changes.length, what).toBeLessThanOrEqual(MAX_FIX_SIZE);
            expect(takesAway(config, ref, position, f.changes), what).toBe(true);
            expect(f.state, what).toBe(seen(applyChanges(config, f.changes), ref, position).state);
            for (const sub of subsets(f.changes))
              expect(takesAway(config, ref, position, sub), `${what}: ${text(sub)} suffices`).toBe(
                false,
              );
          }
        }
      }
    },
  );

  it.each(PRESET_NAMES)(
    'on %s every single change that takes a position away without breaking the instance is offered (brute force)',
    (name) => {
      const config = PRESETS[name];
      for (const ref of instancesOf(config)) {
        for (const position of POSITIONS) {
          if (!seen(config, ref, position).exploits) continue;
          const fixes = new Set(offered(config, ref, position));
          const pool =
            config.pools.length > 1 && ref.pool !== undefined
              ? config.pools[ref.pool]!.name
              : undefined;
          for (const [key, values] of SINGLE_VALUES) {
            for (const value of values) {
              const ch: Change = {
                key,
                value,
                flag: '',
                ...(pool && key.startsWith('kubelet.') ? { pool } : {}),
              };
              if (takesAway(config, ref, position, [ch]))
                expect(fixes, `${name} ${ref.id} ${position}`).toContain(text([ch]));
            }
          }
        }
      }
    },
  );
});
