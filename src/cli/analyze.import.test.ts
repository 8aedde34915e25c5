import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAnalyze } from './analyze';

const fixtures = join(import.meta.dirname, '../model/import/fixtures');
const fx = (name: string) => join(fixtures, name);
const run = (...argv: string[]) => runAnalyze(argv, { isTTY: false });
const json = (...argv: string[]) => {
  const r = run('--format', 'json', ...argv);
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout);
};
const dir = mkdtempSync(join(tmpdir(), 'kube-paths-pools-'));
const A = fx('pool-a-kubelet.yaml');
const B = fx('pool-b-kubelet.yaml');
type Path = { id: string; pool?: string; nodes?: number; state: string };
const states = (out: { paths: Path[] }, id: string) =>
  out.paths.filter((p) => p.id === id).map((p) => `${p.pool}:${p.nodes}:${p.state}`);

describe('analyze with kubelet files of several pools', () => {
  it('reports two pools for two kubelet files: states per pool, importedPools with their files, per-pool provenance', () => {
    const out = json(A, B);
    expect(out.config.pools.map((p: { name: string; nodes: number }) => [p.name, p.nodes])).toEqual(
      [
        ['pool-a-kubelet', 1],
        ['pool-b-kubelet', 1],
      ],
    );
    expect(out.config.kubelet).toBeUndefined();
    expect(states(out, 'kubelet-readonly')).toEqual([
      'pool-a-kubelet:1:plaintext',
      'pool-b-kubelet:1:disabled',
    ]);
    expect(out.importedPools).toEqual([
      {
        name: 'pool-a-kubelet',
        nodes: 1,
        files: [A],
        sources: [{ file: A, line: 2, kind: 'KubeletConfiguration' }],
        grouping: 'automatic',
      },
      {
        name: 'pool-b-kubelet',
        nodes: 1,
        files: [B],
        sources: [{ file: B, line: 2, kind: 'KubeletConfiguration' }],
        grouping: 'automatic',
      },
    ]);
    expect(out.provenance['pools.pool-a-kubelet.kubelet.authorizationMode']).toEqual({
      kind: 'file',
      file: A,
      line: 10,
      setting: 'authorization.mode',
    });
    expect(
      out.findings
        .filter((f: { id: string }) => f.id === 'kubelet-open')
        .map((f: { pool: string }) => f.pool),
    ).toEqual(['pool-a-kubelet']);
  });

  it('puts a unit whose --config names pool b in pool b, and merges two equal files into one pool of 2', () => {
    const unit = fx('pool-b-kubelet.service');
    expect(json(A, B, unit).importedPools.map((p: { files: string[] }) => p.files)).toEqual([
      [A],
      [B, unit],
    ]);
    const b1 = join(dir, 'gpu-1.yaml');
    const b2 = join(dir, 'gpu-2.yaml');
    copyFileSync(B, b1);
    copyFileSync(B, b2);
    const out = json(b1, b2);
    expect(out.config.pools).toEqual([expect.objectContaining({ name: 'gpu', nodes: 2 })]);
    expect(out.importedPools[0].files).toEqual([b1, b2]);
    expect(states(out, 'apiserver-kubelet')).toEqual(['gpu:2:unverified']);
    // One pool: today's kubelet.X keys and config.kubelet stay.
    expect(out.provenance['kubelet.servingCertificate']).toMatchObject({ file: b1, line: 14 });
    expect(out.config.kubelet.servingCertificate).toBe('tls-bootstrap');
  });

  it('--pool groups and names explicitly; --pools then sizes the pools; --set pools.NAME reaches them', () => {
    const out = json(
      '--pool',
      `legacy=${A}`,
      '--pool',
      `managed=${B}`,
      '--pools',
      'legacy:2,managed:8',
      '--set',
      'pools.managed.kubelet.readOnlyPort=10255',
      A,
      B,
    );
    expect(
      out.importedPools.map((p: { name: string; grouping: string }) => [p.name, p.grouping]),
    ).toEqual([
      ['legacy', 'explicit'],
      ['managed', 'explicit'],
    ]);
    expect(states(out, 'kubelet-readonly')).toEqual(['legacy:2:plaintext', 'managed:8:plaintext']);
    expect(out.provenance['pools.managed.kubelet.readOnlyPort']).toEqual({
      kind: 'set',
      setting: '--set pools.managed.kubelet.readOnlyPort',
    });
  });

  it('--pool accepts - for standard input and a FILE written another way (./x)', () => {
    const stdin = readFileSync(A);
    const r = runAnalyze(
      [
        '--format',
        'json',
        '--pool',
        'a=-',
        '--pool',
        `b=${fixtures}/./pool-b-kubelet.yaml`,
        '-',
        B,
      ],
      { isTTY: false, stdin },
    );
    expect(r.stderr).toBe('');
    expect(
      JSON.parse(r.stdout).importedPools.map((p: { name: string; files: string[] }) => [
        p.name,
        p.files,
      ]),
    ).toEqual([
      ['a', ['(stdin)']],
      ['b', [B]],
    ]);
  });

  it('lists the pools and their sources in the table and in Markdown', () => {
    expect(run(A, B, fx('pool-b-kubelet.service')).stdout).toContain(
      `POOLS FROM THE FILES\n  pool-a-kubelet (1 node): ${A}:2 KubeletConfiguration\n  pool-b-kubelet (1 node): ${B}:2 KubeletConfiguration, ${fx('pool-b-kubelet.service')}:6 flags\n`,
    );
    const md = run('--format', 'markdown', fx('configz-session.txt')).stdout;
    expect(md).toContain('## Pools from the imported files');
    expect(md).toContain(
      `| \`worker\` | 2 | by the rules | ${fx('configz-session.txt')}:2 configz (node worker-1); ${fx('configz-session.txt')}:4 configz (node worker-2) |`,
    );
  });

  it.each<[string, string[], RegExp]>([
    [
      '--pool without NAME=',
      ['--pool', A, A],
      /^kube-paths: --pool needs NAME=FILE\[,FILE\.\.\.\], got ".*"\n$/,
    ],
    [
      'a pool name that is no DNS label',
      ['--pool', `Legacy=${A}`, A],
      /^kube-paths: --pool Legacy=.*: pool name "Legacy" is not a DNS label.*\n$/,
    ],
    [
      'an empty FILE',
      ['--pool', `a=${A},`, A],
      /^kube-paths: --pool a=.*: a FILE is empty; write NAME=FILE\[,FILE\.\.\.\]\n$/,
    ],
    [
      'a FILE that is not a FILE argument',
      ['--pool', 'a=other.yaml', A],
      /^kube-paths: --pool a: other\.yaml is not one of the FILE arguments \(.*pool-a-kubelet\.yaml\)\n$/,
    ],
    [
      'a FILE in two pools',
      ['--pool', `a=${A}`, '--pool', `b=${A}`, A],
      /^kube-paths: --pool b: .* is already in --pool a; a file belongs to one pool\n$/,
    ],
    [
      'the same pool twice',
      ['--pool', `a=${A}`, '--pool', `a=${B}`, A, B],
      /^kube-paths: --pool a is given twice.*\n$/,
    ],
    [
      '--pool without FILE arguments',
      ['--pool', `a=${A}`],
      /^kube-paths: --pool groups FILE arguments, and none was given\n$/,
    ],
    [
      'two different configurations in one pool',
      ['--pool', `a=${A},${B}`, A, B],
      /^kube-paths: .*pool-b-kubelet\.yaml:2: pool a: this kubelet configuration gives kubelet\.anonymousAuth=false, but .*pool-a-kubelet\.yaml:2 gives true; a pool runs one kubelet configuration: put them in separate pools\n$/,
    ],
  ])('exits 2 with one line for %s', (_what, argv, message) => {
    const r = run(...argv);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toMatch(message);
  });
});
