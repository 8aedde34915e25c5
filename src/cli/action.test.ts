import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Log } from 'sarif';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { sarifErrors } from '../model/sarifValidator.testing';

// action.yml's analyze step, run here as GitHub runs a composite `shell: bash` step
// (bash --noprofile --norc -eo pipefail FILE), with its env mapping filled in from test inputs
// and a `kube-paths` on PATH that runs this checkout's CLI (the install step puts the npm
// package there in a real job).
interface Step {
  id?: string;
  run?: string;
  env?: Record<string, string>;
}
const root = join(import.meta.dirname, '../..');
const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
  runs: { using: string; steps: Step[] };
};
const analyze = action.runs.steps.find((s) => s.id === 'analyze')!;

const bin = mkdtempSync(join(tmpdir(), 'kube-paths-action-bin-'));
writeFileSync(
  join(bin, 'kube-paths'),
  `#!/bin/sh\nexec "${process.execPath}" "${join(root, 'bin/kube-paths.mjs')}" "$@"\n`,
);
chmodSync(join(bin, 'kube-paths'), 0o755);

function runStep(inputs: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'kube-paths-action-'));
  const script = join(dir, 'step.sh');
  writeFileSync(script, analyze.run!);
  const env: Record<string, string> = {
    PATH: `${bin}:${process.env['PATH']}`,
    HOME: process.env['HOME'] ?? dir,
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
  };
  for (const [name, expr] of Object.entries(analyze.env!)) {
    const input = /^\$\{\{ inputs\.([\w-]+) \}\}$/.exec(expr)![1]!;
    env[name] = inputs[input] ?? action.inputs[input]!.default ?? '';
  }
  writeFileSync(env['GITHUB_OUTPUT']!, '');
  const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], {
    cwd: root,
    env,
    encoding: 'utf8',
    timeout: 90_000,
  });
  const outputs = Object.fromEntries(
    readFileSync(env['GITHUB_OUTPUT']!, 'utf8')
      .trim()
      .split('\n')
      .map((l) => l.split(/=(.*)/s).slice(0, 2) as [string, string]),
  );
  return { ...r, outputs, dir, summary: () => readFileSync(env['GITHUB_STEP_SUMMARY']!, 'utf8') };
}

const samples = 'src/model/import/fixtures';

describe('action.yml', () => {
  it('is a composite action whose steps get inputs only through env, never pasted into a script', () => {
    expect(action.runs.using).toBe('composite');
    for (const step of action.runs.steps) {
      if (step.run !== undefined) expect(step.run).not.toContain('${{');
    }
    expect(Object.values(analyze.env!).every((v) => /^\$\{\{ inputs\.[\w-]+ \}\}$/.test(v))).toBe(
      true,
    );
    const upload = action.runs.steps.find((s) =>
      (s as { uses?: string }).uses?.startsWith('github/codeql-action/upload-sarif@'),
    );
    expect(upload).toBeDefined();
  });

  it('analyzes sample files (a glob among them), fails on unsafe paths and writes valid SARIF and a summary', () => {
    const sarifFile = join(mkdtempSync(join(tmpdir(), 'kube-paths-sarif-')), 'out.sarif');
    const r = runStep({
      files: `${samples}/kubeadm-1.30-kube-apiserver.yaml\n\n# the kubelet\n  ${samples}/hard-way-kubelet-*.yaml  \n`,
      'sarif-file': sarifFile,
    });
    expect(r.status).toBe(0);
    expect(r.outputs).toEqual({
      'sarif-file': sarifFile,
      'exit-code': '1',
      'sarif-written': 'true',
    });
    expect(r.stdout).toContain(
      `analyzing ${samples}/kubeadm-1.30-kube-apiserver.yaml ${samples}/hard-way-kubelet-config.yaml`,
    );
    const log = JSON.parse(readFileSync(sarifFile, 'utf8')) as Log;
    expect(sarifErrors(log)).toEqual([]);
    const uris = new Set(
      log.runs[0]!.results!.map((x) => x.locations![0]!.physicalLocation!.artifactLocation!.uri),
    );
    expect(uris).toContain(`${samples}/kubeadm-1.30-kube-apiserver.yaml`);
    expect(r.summary()).toContain('# kube-paths report:');
  }, 90_000);

  it('passes with fail-on never', () => {
    const r = runStep({
      files: `${samples}/kubeadm-1.30-kube-apiserver.yaml`,
      'fail-on': 'never',
      'sarif-file': join(mkdtempSync(join(tmpdir(), 'kp-')), 'o.sarif'),
    });
    expect([r.status, r.outputs['exit-code'], r.outputs['sarif-written']]).toEqual([
      0,
      '0',
      'true',
    ]);
  }, 90_000);

  it('reports a missing file as an error annotation, exit code 2 and no SARIF to upload', () => {
    const r = runStep({
      files: `${samples}/no-such-file.yaml`,
      'sarif-file': join(mkdtempSync(join(tmpdir(), 'kp-')), 'o.sarif'),
    });
    expect(r.status).toBe(0);
    expect([r.outputs['exit-code'], r.outputs['sarif-written']]).toEqual(['2', 'false']);
    expect(r.stdout).toContain(
      `::error title=kube-paths::kube-paths: ${samples}/no-such-file.yaml: cannot read: no such file`,
    );
  }, 90_000);

  it('says so when the files input names nothing', () => {
    const r = runStep({ files: '\n# nothing here\n' });
    expect([r.status, r.outputs['exit-code']]).toEqual([0, '2']);
    expect(r.stdout).toContain('::error title=kube-paths::the files input names no file');
  });
});

describe('the GitLab recipe in docs/ci.md', () => {
  const docs = readFileSync(join(root, 'docs/ci.md'), 'utf8');
  const block = [...docs.matchAll(/```yaml\n([\s\S]*?)```/g)]
    .map((m) => parse(m[1]!) as Record<string, unknown>)
    .find(
      (y) =>
        'kube-paths' in y &&
        typeof y['kube-paths'] === 'object' &&
        'script' in (y['kube-paths'] as object),
    );
  const job = block!['kube-paths'] as {
    script: string[];
    variables: Record<string, string>;
    artifacts: { paths: string[]; when: string };
  };

  it('runs its script on sample files: writes both artifacts and fails the job on unsafe paths', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kube-paths-gitlab-'));
    const env = {
      PATH: process.env['PATH']!,
      HOME: process.env['HOME'] ?? dir,
      ...job.variables,
      KUBE_PATHS: join(bin, 'kube-paths'),
      FILES: `${join(root, samples)}/kubeadm-1.30-kube-apiserver.yaml ${join(root, samples)}/hard-way-kubelet-config.yaml`,
    };
    // GitLab runs the lines in one shell and stops at the first that fails.
    const r = spawnSync('sh', ['-ec', job.script.join('\n')], {
      cwd: dir,
      env,
      encoding: 'utf8',
      timeout: 90_000,
    });
    expect(r.status).toBe(1);
    expect(job.artifacts.when).toBe('always');
    for (const path of job.artifacts.paths)
      expect(readFileSync(join(dir, path), 'utf8').length).toBeGreaterThan(0);
    expect(sarifErrors(JSON.parse(readFileSync(join(dir, 'kube-paths.sarif'), 'utf8')))).toEqual(
      [],
    );
    expect(readFileSync(join(dir, 'kube-paths.md'), 'utf8')).toContain('# kube-paths report:');
  }, 90_000);
});
