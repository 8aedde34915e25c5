import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAnalyze } from './analyze';

const fixtures = join(import.meta.dirname, '../model/import/fixtures');
const fx = (name: string) => join(fixtures, name);
const run = (...argv: string[]) => runAnalyze(argv, { isTTY: false });
const dir = mkdtempSync(join(tmpdir(), 'kube-paths-cli-'));
const tmp = (name: string, content: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

describe('kube-paths analyze FILE...', () => {
  it('imports files over the base preset and adds provenance and file warnings to the JSON', () => {
    const r = run(
      '--format',
      'json',
      fx('kubeadm-1.21-kube-apiserver.yaml'),
      fx('hard-way-kubelet-config.yaml'),
    );
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual([
      'config',
      'paths',
      'findings',
      'warnings',
      'provenance',
      'importedPools',
    ]);
    expect(out.importedPools).toEqual([
      {
        name: 'hard-way-kubelet-config',
        nodes: 1,
        files: [fx('hard-way-kubelet-config.yaml')],
        sources: [{ file: fx('hard-way-kubelet-config.yaml'), line: 1, kind: 'KubeletConfiguration' }],
        grouping: 'automatic',
      },
    ]);
    expect(out.config.version).toBe('1.21');
    expect(out.config.kubelet.servingCertificate).toBe('ca-signed');
    expect(out.provenance['kubelet.servingCertificate']).toMatchObject({
      kind: 'file',
      line: 18,
      setting: 'tlsCertFile',
    });
    expect(out.provenance['network.untrusted']).toEqual({ kind: 'assumed', preset: 'kubeadm' });
    expect(out.warnings[0]).toMatchObject({
      line: 26,
      file: fx('kubeadm-1.21-kube-apiserver.yaml'),
    });
    expect(out.warnings[0].message).toContain('--insecure-port');
  });

  it('merges in order, applies --set on top and marks it in the provenance', () => {
    const r = run(
      '--format',
      'json',
      '--preset',
      'flags-only',
      fx('kubeadm-config-v1beta3.yaml'),
      fx('konnectivity-egress.yaml'),
      fx('konnectivity-server.yaml'),
      '--set',
      'network.untrusted=false',
    );
    const out = JSON.parse(r.stdout);
    expect(out.paths.find((p: { id: string }) => p.id === 'apiserver-kubelet').state).toBe(
      'secure',
    );
    expect(out.paths.find((p: { id: string }) => p.id === 'apiserver-proxy-pod').state).toBe(
      'tunneled',
    );
    expect(out.config.network.untrusted).toBe(false);
    expect(out.provenance['network.untrusted']).toEqual({
      kind: 'set',
      setting: '--set network.untrusted',
    });
    expect(out.provenance['pods.automountServiceAccountToken']).toEqual({
      kind: 'assumed',
      preset: 'flags-only',
    });
  });

  it('prints the file warnings in the table with file:line', () => {
    const r = run(fx('kubelet-flags-only.service'));
    expect(r.stdout).toMatch(/kubelet-flags-only\.service:8: the kubelet runs without --config/);
    expect(r.stdout).toMatch(/kubelet-readonly\s+🔓 plaintext/);
  });

  it.each([
    ['a missing file', () => join(dir, 'nope.yaml'), /nope\.yaml: cannot read: no such file/],
    ['a directory', () => dir, /is a directory/],
    [
      'binary data',
      () => tmp('bin.dat', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2])),
      /bin\.dat: binary data/,
    ],
    [
      'invalid UTF-8',
      () => tmp('latin1.txt', Buffer.from([0x2d, 0x2d, 0x61, 0xff, 0xfe])),
      /latin1\.txt: binary data: not valid UTF-8/,
    ],
    [
      'a file over 5 MB',
      () => tmp('big.yaml', Buffer.alloc(5 * 1024 * 1024 + 1, 0x61)),
      /big\.yaml: file is 5\.0 MB, over the 5 MB limit/,
    ],
    [
      'a YAML parse error',
      () => tmp('bad.yaml', 'kind: Pod\nspec: [\n'),
      /bad\.yaml:3: YAML does not parse/,
    ],
    [
      'an alias bomb',
      () =>
        tmp(
          'bomb.yaml',
          'a: &a [x,x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\nkind: Pod\n',
        ),
      /bomb\.yaml:1: YAML rejected: Excessive alias count/,
    ],
    [
      'a non-numeric readOnlyPort',
      () => tmp('port.yaml', 'kind: KubeletConfiguration\nreadOnlyPort: "ten"\n'),
      /port\.yaml:2: readOnlyPort must be a port number/,
    ],
    [
      'an unknown authorization.mode',
      () => tmp('mode.yaml', 'kind: KubeletConfiguration\nauthorization:\n  mode: Magic\n'),
      /mode\.yaml:3: unknown authorization\.mode "Magic"/,
    ],
    [
      'an unknown apiserver mode',
      () => tmp('modes.txt', 'kube-apiserver --authorization-mode=Node,Magic\n'),
      /modes\.txt:1: --authorization-mode has unknown mode "Magic"/,
    ],
    [
      'a file of no known kind',
      () => tmp('notes.txt', 'remember to rotate the certificates\n'),
      /notes\.txt: not a known kind/,
    ],
    [
      'YAML of no known kind',
      () => tmp('cm.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n'),
      /cm\.yaml: none of the documents is a kind this tool reads.*ConfigMap x \(line 1\)/,
    ],
  ])('exits 2 naming the file for %s, without a stack trace', (_what, make, message) => {
    const r = run(make());
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('reports every bad file, not just the first', () => {
    const r = run(tmp('one.txt', 'hello\n'), fx('ps-output.txt'), tmp('two.yaml', 'kind: [\n'));
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(2);
  });
});

describe('kube-paths analyze - (stdin), through the real entry point', () => {
  it('reads stdin and prints JSON; errors name (stdin) and the line, without a stack trace', () => {
    const main = join(import.meta.dirname, 'main.ts');
    const run = (input: string) =>
      spawnSync(process.execPath, ['--import', 'tsx', main, 'analyze', '--format', 'json', '-'], {
        input,
        encoding: 'utf8',
        timeout: 60_000,
      });
    const good = run(readFileSync(fx('ps-output.txt'), 'utf8'));
    expect(good.status).toBe(0);
    expect(JSON.parse(good.stdout).provenance['apiserver.authorizationModes']).toMatchObject({
      file: '(stdin)',
      line: 2,
    });
    const badRun = run('kind: KubeletConfiguration\nreadOnlyPort: [1]\n');
    expect(badRun.status).toBe(2);
    expect(badRun.stderr).toBe(
      'kube-paths: (stdin):2: readOnlyPort must be a port number 0..65535, got a list\n',
    );
  }, 60_000);
});
