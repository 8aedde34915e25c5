import { describe, expect, it } from 'vitest';
import { PATH_IDS } from '../model/types';
import { runAnalyze } from './analyze';

const run = (...argv: string[]) => runAnalyze(argv, { isTTY: false });
const json = (...argv: string[]) => JSON.parse(run(...argv, '--format', 'json').stdout);
type Entry = { id: string; pool?: string; nodes?: number; state: string };
const stateOf = (out: { paths: Entry[] }, id: string, pool?: string) =>
  out.paths.find((p) => p.id === id && p.pool === pool)?.state;

describe('kube-paths analyze with node pools', () => {
  it('mixed-pools: apiserver-kubelet secure on bootstrapped, broken on legacy; --fix finds 3 changes', () => {
    const out = json('--preset', 'mixed-pools', '--fix');
    expect(stateOf(out, 'apiserver-kubelet', 'bootstrapped')).toBe('secure');
    expect(stateOf(out, 'apiserver-kubelet', 'legacy')).toBe('broken');
    expect(out.plan).toHaveLength(3);
    expect(out.planSize).toBe(3);
    expect(out.plan[0]).toMatchObject({ key: 'pools.legacy.kubelet.servingCertificate', value: 'tls-bootstrap', pools: ['legacy'] });
  });

  it('--pools general:10,gpu:2 with --set pools.gpu.kubelet.readOnlyPort=10255: kubelet-readonly plaintext on gpu only', () => {
    const out = json('--pools', 'general:10,gpu:2', '--set', 'pools.gpu.kubelet.readOnlyPort=10255');
    expect(stateOf(out, 'kubelet-readonly', 'general')).toBe('disabled');
    expect(stateOf(out, 'kubelet-readonly', 'gpu')).toBe('plaintext');
    expect(out.findings.filter((f: { id: string }) => f.id === 'kubelet-read-only-port')).toEqual([
      expect.objectContaining({ pool: 'gpu', nodes: 2 }),
    ]);
  });

  it('writes config.pools, and config.kubelet only for a one-pool scenario', () => {
    const two = json('--pools', 'a:1,b:2');
    expect(two.config.pools.map((p: { name: string; nodes: number }) => [p.name, p.nodes])).toEqual([['a', 1], ['b', 2]]);
    expect(two.config.kubelet).toBeUndefined();
    const one = json('--preset', 'kubeadm');
    expect(one.config.kubelet).toEqual(one.config.pools[0].kubelet);
    expect(one.config.pools).toEqual([{ name: 'default', nodes: 3, kubelet: one.config.kubelet }]);
  });

  it('gives one path entry per (path kind, pool) in pool order, each with pool and nodes, and one for the control plane’s own path', () => {
    const out = json('--pools', 'a:1,b:2');
    const want = PATH_IDS.flatMap((id): (string | number | undefined)[][] =>
      id === 'apiserver-konnectivity-server' ? [[id, undefined, undefined]] : [[id, 'a', 1], [id, 'b', 2]],
    );
    expect(out.paths.map((p: Entry) => [p.id, p.pool, p.nodes])).toEqual(want);
  });

  it('applies --set in order: a later kubelet.X overrides an earlier pools.NAME.kubelet.X', () => {
    const out = json('--pools', 'a:1,b:1', '--set', 'pools.b.kubelet.readOnlyPort=10255', '--set', 'kubelet.readOnlyPort=0');
    expect(out.config.pools.map((p: { kubelet: { readOnlyPort: number } }) => p.kubelet.readOnlyPort)).toEqual([0, 0]);
  });

  it('--fail-on looks at every pool’s entries', () => {
    expect(run('--preset', 'hardened', '--fail-on', 'broken').code).toBe(0);
    expect(run('--preset', 'hardened', '--pools', 'a:1,b:1', '--set', 'pools.b.kubelet.servingCertificate=self-signed', '--fail-on', 'broken').code).toBe(1);
  });

  it('groups the Markdown and table reports by pool and counts the nodes at risk', () => {
    const md = run('--preset', 'mixed-pools', '--format', 'markdown').stdout;
    expect(md).toContain('### Control plane');
    expect(md).toContain('### Pool bootstrapped (4 nodes)');
    expect(md).toContain('### Pool legacy (2 nodes)');
    expect(md).toContain('6 of 6 nodes at risk');
    expect(md).toContain('| `kubelet-self-signed` | kubelet (pool legacy) |');
    const table = run('--preset', 'mixed-pools').stdout;
    expect(table).toContain('POOL LEGACY (2 NODES)');
    expect(table.split('\n')[0]).toBe(
      '1 of 8 control-plane→node paths are safe over an untrusted network; 6 at risk now; 1 broken; 6 of 6 nodes at risk.',
    );
  });

  it.each([
    [['--pools', 'Gpu:2'], 'kube-paths: --pools Gpu:2: pool name "Gpu" is not a DNS label: lower-case letters, digits and \'-\', starting and ending with a letter or digit'],
    [['--pools', 'a:0'], 'kube-paths: --pools a:0: pool "a" needs a whole number of nodes, at least 1 (got 0)'],
    [['--set', 'pools.gpu.kubelet.readOnlyPort=1'], 'kube-paths: --set pools.gpu.kubelet.readOnlyPort: no pool named "gpu"; pools: default (add it with --pools)'],
    [['--set', 'pools.a.apiserver.anonymousAuth=false'], 'kube-paths: "pools.a.apiserver.anonymousAuth" is not pools.NAME.kubelet.FIELD'],
    [['--pools'], 'kube-paths: option --pools needs a value'],
  ])('rejects %j with exit 2 and one line', (argv, message) => {
    expect(run(...argv)).toEqual({ code: 2, stdout: '', stderr: `${message}\n` });
  });
});
