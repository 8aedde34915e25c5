import { describe, expect, it } from 'vitest';
import { positionChanges, positionView, positionViews } from './attackerView';
import { POSITIONS, type Position } from './attackers';
import { setKey } from './config';
import { EXPOSURE_ROWS } from './exposures';
import { findingsFor } from './findings';
import { withPoolSizes } from './pools';
import { PRESETS, PRESET_NAMES, type PresetName } from './presets';
import { toJson } from './report';
import { assess } from './assess';
import { scenario } from './testing';
import type { Config } from './types';

/** Every (path, pool, position) exposure of a scenario, as `path@pool:position`, sorted. */
const exposuresOf = (c: Config): string[] =>
  assess(c)
    .paths.flatMap((p) => p.exposures.map((e) => `${p.id}@${p.pool ?? '-'}:${e.position}`))
    .sort();

const K = ['link', 'node-network', 'node'] as const; // apiserver-kubelet unverified, no kubelet CA
const OPEN = ['anyone', 'pod', 'node-network'] as const; // the kubelet serves anonymous callers
const PROXY = ['link', 'node-network'] as const;
const PROXIES = ['apiserver-proxy-node', 'apiserver-proxy-pod', 'apiserver-proxy-service'];
const on = (path: string, pool: string, positions: readonly string[]) => positions.map((p) => `${path}@${pool}:${p}`);
const proxies = (pool: string, positions: readonly string[]) => PROXIES.flatMap((p) => on(p, pool, positions));
const uniq = (xs: string[]) => [...new Set(xs)].sort();

// Worked out by hand from DOMAIN.md §10 and each preset's states (presets.test.ts), not from the code.
const EXPECTED: Record<PresetName, string[]> = {
  'flags-only': uniq([...on('apiserver-kubelet', 'default', [...K, ...OPEN]), ...proxies('default', PROXY), ...on('kubelet-readonly', 'default', ['anyone', 'pod'])]),
  kubeadm: uniq([...on('apiserver-kubelet', 'default', K), ...proxies('default', PROXY)]),
  'kubelet-ca': uniq(proxies('default', PROXY)),
  'ca-mismatch': uniq(proxies('default', PROXY)),
  konnectivity: uniq([...on('apiserver-kubelet', 'default', ['node']), ...proxies('default', ['node-network'])]),
  hardened: uniq(proxies('default', ['node-network'])),
  'legacy-ssh': uniq([
    ...on('apiserver-kubelet', 'default', K),
    ...proxies('default', PROXY),
    ...on('apiserver-ssh-tunnel', 'default', ['link']),
    ...on('kubelet-readonly', 'default', ['anyone', 'pod']),
  ]),
  'mixed-pools': uniq([...proxies('bootstrapped', PROXY), ...proxies('legacy', PROXY)]),
};

describe('attacker exposures (DOMAIN.md §10)', () => {
  it.each(PRESET_NAMES)('%s: exactly the hand-derived (path, pool, position) exposures', (name) => {
    expect(exposuresOf(PRESETS[name])).toEqual(EXPECTED[name]);
  });

  // Each case looks at the paths it names only; the hand-derived expectation follows the §10 row.
  it.each<[string, Config, readonly string[], string[]]>([
    ['kubelet CA missing, kubelet unverified', scenario('kubeadm'), ['apiserver-kubelet'], on('apiserver-kubelet', 'default', K)],
    ['CA set but the kubelet accepts anyone: unverified, yet no man in the middle', scenario('kubelet-ca', { 'apiserver.kubeletClientCertificate': false, 'kubelet.anonymousAuth': true, 'kubelet.authorizationMode': 'AlwaysAllow' }), ['apiserver-kubelet'], on('apiserver-kubelet', 'default', OPEN)],
    ['anonymous kubelet behind Webhook that defers to AlwaysAllow', scenario('kubeadm', { 'kubelet.anonymousAuth': true, 'apiserver.authorizationModes': ['Node', 'AlwaysAllow'] }), ['apiserver-kubelet'], on('apiserver-kubelet', 'default', [...K, ...OPEN])],
    ['anonymous kubelet even when apiserver-kubelet is broken', scenario('ca-mismatch', { 'kubelet.anonymousAuth': true, 'kubelet.authorizationMode': 'AlwaysAllow' }), ['apiserver-kubelet'], on('apiserver-kubelet', 'default', OPEN)],
    ['tunneled without the kubelet CA: a node hosting an agent', scenario('konnectivity'), ['apiserver-kubelet'], on('apiserver-kubelet', 'default', ['node'])],
    ['tunneled with the kubelet CA: verified inside the tunnel', scenario('hardened'), ['apiserver-kubelet'], []],
    ['https: prefix still verifies nothing', scenario('kubelet-ca', { 'apiserver.proxyScheme': 'https' }), PROXIES, proxies('default', PROXY)],
    ['the proxies inside a tunnel: the last leg, from the node network', scenario('konnectivity'), PROXIES, proxies('default', ['node-network'])],
    ['the read-only port on any non-zero port', scenario('kubelet-ca', { 'kubelet.readOnlyPort': 1 }), ['kubelet-readonly'], on('kubelet-readonly', 'default', ['anyone', 'pod'])],
    ['a tunnel that accepts any agent', scenario('hardened', { 'konnectivity.agentAuthentication': 'none' }), ['konnectivity-agent-server'], on('konnectivity-agent-server', 'default', ['anyone', 'pod'])],
    ['SSH tunnels on 1.21', scenario('kubelet-ca', { version: '1.21', 'apiserver.sshTunnels': true }), ['apiserver-ssh-tunnel'], on('apiserver-ssh-tunnel', 'default', ['link'])],
    ['SSH tunnels on 1.22: broken, nobody gains', scenario('kubelet-ca', { 'apiserver.sshTunnels': true }), ['apiserver-ssh-tunnel'], []],
  ])('row by row: %s', (_, config, paths, want) => {
    const mine = exposuresOf(config).filter((e) => paths.includes(e.slice(0, e.indexOf('@'))));
    expect(mine).toEqual(uniq(want));
  });

  it('every §10 row is reached by some scenario above or by a preset', () => {
    const configs = [...Object.values(PRESETS), scenario('hardened', { 'konnectivity.agentAuthentication': 'none' }), scenario('kubelet-ca', { version: '1.21', 'apiserver.sshTunnels': true })];
    const reached = new Set(configs.flatMap((c) => [...assess(c).paths.flatMap((p) => p.exposures.flatMap((e) => e.rows)), ...findingsFor(c).flatMap((f) => (f.exposures ?? []).flatMap((e) => e.rows))]));
    expect([...reached].sort()).toEqual(EXPOSURE_ROWS.map((r) => r.id).sort());
    for (const r of EXPOSURE_ROWS) expect(r.evidence.length, r.id).toBeGreaterThan(0);
  });

  it('gives findings the exposures §10 lists: apiserver-always-allow to pods, kubelet-open to anyone, pods and the node network', () => {
    const f = findingsFor(PRESETS['flags-only']);
    const positions = (id: string) => f.find((x) => x.id === id)?.exposures?.map((e) => e.position);
    expect(positions('apiserver-always-allow')).toEqual(['pod']);
    expect(positions('kubelet-open')).toEqual(['node-network', 'pod', 'anyone']);
    expect(f.filter((x) => x.exposures).map((x) => x.id).sort()).toEqual(['apiserver-always-allow', 'kubelet-open']);
  });

  it('follows node pools: an open pool is exposed to pods, the others are not', () => {
    const two = setKey(
      setKey(withPoolSizes(PRESETS['kubelet-ca'], [{ name: 'safe', nodes: 8 }, { name: 'open', nodes: 2 }]), 'kubelet.readOnlyPort', 10255, 'open'),
      'kubelet.servingCertificate',
      'self-signed',
      'open',
    );
    const pod = exposuresOf(two).filter((e) => e.endsWith(':pod'));
    expect(pod).toEqual(['kubelet-readonly@open:pod']);
    const view = positionViews(two).find((v) => v.position === 'pod')!;
    expect(view).toMatchObject({ paths: ['kubelet-readonly'], instances: ['kubelet-readonly@open'], nodes: 2 });
  });

  it('marks link as present only on an untrusted network, everything else always', () => {
    const trusted = setKey(PRESETS.kubeadm, 'network.untrusted', false);
    const all = assess(trusted).paths.flatMap((p) => p.exposures);
    expect(all.filter((e) => e.position === 'link').every((e) => !e.present)).toBe(true);
    expect(all.filter((e) => e.position !== 'link').every((e) => e.present)).toBe(true);
    expect(assess(PRESETS.kubeadm).paths.flatMap((p) => p.exposures).every((e) => e.present)).toBe(true);
    expect(positionViews(trusted)[0]!.summary).toBe(
      'Someone on the link could, on an untrusted network, exploit 4 paths on 3 nodes: read and change exec streams and logs (no --kubelet-certificate-authority), read and change proxied traffic (the proxy verifies nothing).',
    );
  });

  it('says what a compromised pod can do on flags-only, in one sentence', () => {
    const pod = positionViews(PRESETS['flags-only']).find((v) => v.position === 'pod')!;
    expect(pod.summary).toBe(
      'A compromised pod can exploit 2 paths on 3 nodes: exec in every pod (kubelet serves anonymous callers), read every pod spec (read-only port), cluster-admin with its own token (--authorization-mode includes AlwaysAllow).',
    );
    expect(positionViews(PRESETS.kubeadm).find((v) => v.position === 'pod')!.summary).toBe('A compromised pod can exploit nothing here.');
  });

  it('names single-pool instances by path id alone, in catalogue order', () => {
    const link = positionViews(PRESETS.kubeadm).find((v) => v.position === 'link')!;
    expect(link.instances).toEqual(['apiserver-kubelet', 'apiserver-proxy-node', 'apiserver-proxy-pod', 'apiserver-proxy-service']);
  });

  it('counts one path in the singular, on the nodes of the pool it is open on', () => {
    const two = setKey(withPoolSizes(PRESETS['kubelet-ca'], [{ name: 'safe', nodes: 8 }, { name: 'open', nodes: 2 }]), 'kubelet.readOnlyPort', 10255, 'open');
    expect(positionViews(two).find((v) => v.position === 'pod')!.summary).toBe(
      'A compromised pod can exploit 1 path on 2 nodes: read every pod spec (read-only port).',
    );
  });

  it('counts every node of the cluster for a gain through a finding, even with a path open on one pool only', () => {
    const two = setKey(
      setKey(withPoolSizes(PRESETS['kubelet-ca'], [{ name: 'safe', nodes: 8 }, { name: 'open', nodes: 2 }]), 'kubelet.readOnlyPort', 10255, 'open'),
      'apiserver.authorizationModes',
      ['AlwaysAllow'],
    );
    const pod = positionViews(two).find((v) => v.position === 'pod')!;
    expect(pod).toMatchObject({ paths: ['kubelet-readonly'], instances: ['kubelet-readonly@open'], nodes: 10 });
  });

  it('counts only the nodes of the pool a kubelet finding holds on (an open kubelet on one pool of two)', () => {
    const two = withPoolSizes(PRESETS['kubelet-ca'], [{ name: 'safe', nodes: 8 }, { name: 'open', nodes: 2 }]);
    const open = setKey(setKey(two, 'kubelet.anonymousAuth', true, 'open'), 'kubelet.authorizationMode', 'AlwaysAllow', 'open');
    const pod = positionViews(open).find((v) => v.position === 'pod')!;
    expect(pod).toMatchObject({ instances: ['apiserver-kubelet@open'], nodes: 2 });
    expect(pod.summary).toBe('A compromised pod can exploit 1 path on 2 nodes: exec in every pod (kubelet serves anonymous callers).');
  });

  it('takes no finding of another position into its node count', () => {
    const two = setKey(
      setKey(withPoolSizes(PRESETS['kubelet-ca'], [{ name: 'safe', nodes: 8 }, { name: 'open', nodes: 2 }]), 'kubelet.readOnlyPort', 10255, 'open'),
      'apiserver.authorizationModes',
      ['AlwaysAllow'],
    );
    // apiserver-always-allow exposes pods only; anyone reaches the read-only port of pool open.
    const anyone = positionViews(two).find((v) => v.position === 'anyone')!;
    expect(anyone).toMatchObject({ instances: ['kubelet-readonly@open'], nodes: 2 });
  });

  it('counts every node, and writes the bare id, for a gain on a path with one instance for the cluster', () => {
    // No §10 row names such a path today; positionView is given one directly.
    const two = withPoolSizes(PRESETS.konnectivity, [{ name: 'a', nodes: 1 }, { name: 'b', nodes: 4 }]);
    const report = assess(two);
    const gain = { position: 'pod' as const, gains: 'a test gain', present: true, rows: ['readonly-port'] };
    const paths = report.paths.map((p) => (p.id === 'apiserver-konnectivity-server' ? { ...p, exposures: [gain] } : p));
    const pod = positionView({ config: two, paths, findings: report.findings }, 'pod');
    expect(pod).toMatchObject({ paths: ['apiserver-konnectivity-server'], instances: ['apiserver-konnectivity-server'], nodes: 5 });
  });

  it('counts no node for a position that exploits nothing', () => {
    const pod = positionViews(PRESETS.hardened).find((v) => v.position === 'pod')!;
    expect(pod).toMatchObject({ paths: [], instances: [], gains: [], nodes: 0 });
  });

  it('says "the cluster" when a position gains only through a finding, on no path', () => {
    const allowAll = setKey(PRESETS['kubelet-ca'], 'apiserver.authorizationModes', ['AlwaysAllow']);
    const pod = positionViews(allowAll).find((v) => v.position === 'pod')!;
    expect(pod.paths).toEqual([]);
    expect(pod.summary).toBe(
      'A compromised pod can exploit the cluster on 3 nodes: cluster-admin with its own token (--authorization-mode includes AlwaysAllow).',
    );
  });

  it('says what a position keeps and what it now gains when the same paths stay open for less', () => {
    const noAllowAll = setKey(PRESETS['flags-only'], 'apiserver.authorizationModes', ['Node', 'RBAC']);
    const pod = positionChanges(PRESETS['flags-only'], noAllowAll).split('; ')[2];
    expect(pod).toBe(
      'a compromised pod keeps 2 paths, now to exec in every pod (kubelet serves anonymous callers), read every pod spec (read-only port)',
    );
  });

  it('says what a change takes away from each position', () => {
    expect(positionChanges(PRESETS['flags-only'], PRESETS.hardened)).toBe(
      'nothing left for someone on the link; someone in the node network: 4 paths → 3 paths; nothing left for a compromised pod; nothing left for a compromised node; nothing left for anyone who reaches a node',
    );
    expect(positionChanges(PRESETS.hardened, PRESETS.hardened)).toBe(
      'still nothing for someone on the link; someone in the node network keeps 3 paths; still nothing for a compromised pod; still nothing for a compromised node; still nothing for anyone who reaches a node',
    );
  });

  it('writes exposures into every JSON path entry (empty when nobody) and into the findings §10 lists', () => {
    const json = toJson(assess(PRESETS['flags-only'])) as { paths: { id: string; exposures: { position: Position; gains: string; present: boolean }[] }[]; findings: { id: string; exposures?: unknown[] }[] };
    for (const p of json.paths) expect(Array.isArray(p.exposures)).toBe(true);
    const readonly = json.paths.find((p) => p.id === 'kubelet-readonly')!;
    expect(readonly.exposures.map((e) => e.position)).toEqual(['pod', 'anyone']);
    expect(Object.keys(readonly.exposures[0]!)).toEqual(['position', 'gains', 'present']);
    expect(json.paths.find((p) => p.id === 'kubelet-apiserver')!.exposures).toEqual([]);
    expect(POSITIONS).toEqual(['link', 'node-network', 'pod', 'node', 'anyone']);
  });
});
