import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Log } from 'sarif';
import { describe, expect, it } from 'vitest';
import { sarifErrors } from '../model/sarifValidator.testing';
import { runAnalyze } from './analyze';
import { artifactUri } from './sarifOutput';

const root = join(import.meta.dirname, '../..');
const fixtures = join(root, 'src/model/import/fixtures');
const fx = (name: string) => join(fixtures, name);
const sarif = (...argv: string[]) => {
  const r = runAnalyze(['--format', 'sarif', ...argv], { isTTY: false, cwd: root });
  return { ...r, log: JSON.parse(r.stdout) as Log };
};

// The real-world samples of the importer tests, grouped as a reviewer would pass them.
const SAMPLES: readonly (readonly string[])[] = [
  ['kubeadm-1.30-kube-apiserver.yaml', 'hard-way-kubelet-config.yaml'],
  ['kubeadm-1.21-kube-apiserver.yaml', 'kubelet-flags-only.service'],
  ['hard-way-kube-apiserver.service', 'hard-way-kubelet.service', 'hard-way-kubelet-config.yaml'],
  [
    'kubeadm-config-v1beta3.yaml',
    'konnectivity-egress.yaml',
    'konnectivity-server.yaml',
    'konnectivity-agent.yaml',
  ],
  ['kubeadm-config-v1beta4.yaml', 'kubeadm-join-v1beta4.yaml'],
  ['eks-kubelet-config.json', '10-kubeadm.conf'],
  ['gce-1.21-legacy-ssh.txt'],
  ['ps-output.txt', 'flags-per-line.txt', 'etc-default-kubelet.env'],
];

describe('kube-paths analyze --format sarif', () => {
  it.each(SAMPLES.map((s) => [s.join(' '), s] as const))(
    'SARIF for %s validates and points every location at a real line of a real file',
    (_name, files) => {
      const { code, stderr, log } = sarif(...files.map(fx));
      expect([code, stderr]).toEqual([0, '']);
      expect(sarifErrors(log)).toEqual([]);
      const results = log.runs[0]!.results!;
      for (const r of results) {
        expect(r.locations!.length).toBe(1);
        for (const l of [...r.locations!, ...(r.relatedLocations ?? [])]) {
          const { artifactLocation, region } = l.physicalLocation!;
          // Relative to the working directory, as code scanning resolves them against the repository root.
          expect(artifactLocation!.uri).toMatch(/^src\/model\/import\/fixtures\/[\w.-]+$/);
          const lines = readFileSync(join(root, artifactLocation!.uri!), 'utf8').split('\n');
          expect(region!.startLine).toBeLessThanOrEqual(lines.length);
          if (region!.snippet)
            expect(lines[region!.startLine! - 1]!.trim()).toBe(region!.snippet.text);
        }
      }
    },
  );

  it('points kubeadm 1.30 + hard-way kubelet results at the lines that cause them', () => {
    const { log } = sarif(
      fx('kubeadm-1.30-kube-apiserver.yaml'),
      fx('hard-way-kubelet-config.yaml'),
    );
    const apiserver = readFileSync(fx('kubeadm-1.30-kube-apiserver.yaml'), 'utf8').split('\n');
    const results = log.runs[0]!.results!;
    const ids = results.map((r) => r.ruleId);
    // By hand from the files: the manifest has no --kubelet-certificate-authority, proxies dial http.
    expect(ids).toEqual(
      expect.arrayContaining([
        'apiserver-kubelet/unverified',
        'apiserver-no-kubelet-ca',
        'apiserver-proxy-pod/plaintext',
      ]),
    );
    const noCa = results.find((r) => r.ruleId === 'apiserver-no-kubelet-ca')!.locations![0]!
      .physicalLocation!;
    expect(noCa.artifactLocation!.uri).toBe(
      'src/model/import/fixtures/kubeadm-1.30-kube-apiserver.yaml',
    );
    expect(apiserver[noCa.region!.startLine! - 1]).toMatch(/^\s+- --/);
  });

  it('exits 1 with --fail-on unsafe and still writes the whole log; --fix adds the plan to the run', () => {
    const { code, log } = sarif('--preset', 'kubeadm', '--fail-on', 'unsafe', '--fix');
    expect(code).toBe(1);
    expect(sarifErrors(log)).toEqual([]);
    expect((log.runs[0]!.properties!['plan'] as unknown[]).length).toBeGreaterThan(0);
    expect(log.runs[0]!.tool.driver).toMatchObject({
      name: 'kube-paths',
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
    });
  });
});

describe('artifactUri', () => {
  it.each([
    ['manifests/kube-apiserver.yaml', '/repo', 'manifests/kube-apiserver.yaml'],
    ['./a b/k#1.yaml', '/repo', 'a%20b/k%231.yaml'],
    ['/repo/nodes/kubelet.yaml', '/repo', 'nodes/kubelet.yaml'],
    ['/etc/kubernetes/kubelet.conf', '/repo', 'file:///etc/kubernetes/kubelet.conf'],
    ['../other/x.yaml', '/repo', 'file:///other/x.yaml'],
  ])('%s in %s is %s', (file, cwd, uri) => {
    expect(artifactUri(file, cwd)).toBe(uri);
  });

  it('gives standard input no URI', () => {
    expect(artifactUri('(stdin)', root)).toBeUndefined();
  });
});
