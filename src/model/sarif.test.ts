import type { Log, Result } from 'sarif';
import { describe, expect, it } from 'vitest';
import { assess } from './assess';
import { FINDING_IDS } from './findings';
import { fixture, ok } from './import/testHelpers';
import { PRESET_NAMES, PRESETS } from './presets';
import { toSarif, type SarifReport } from './sarif';
import type { SourceFiles } from './sarifLocations';
import { sarifErrors } from './sarifValidator.testing';
import { scenario } from './testing';

const sarif = (report: SarifReport, sources?: SourceFiles): Log =>
  toSarif(report, { toolVersion: '9.9.9', ...(sources ? { sources } : {}) });
const results = (log: Log): Result[] => log.runs[0]!.results!;
const byRule = (log: Log, id: string): Result[] => results(log).filter((r) => r.ruleId === id);

/** Sources as the CLI builds them, with file names used as URIs as they are. */
function sourcesOf(files: [string, string][]): SourceFiles {
  const imported = ok(...files);
  return {
    provenance: imported.provenance,
    files: imported.files.map((f) => f.name),
    uriOf: (f) => (f === '(stdin)' ? undefined : f),
    texts: Object.fromEntries(files),
  };
}

/** 1-based line of the first line containing `needle` (the expectation read from the file itself). */
const lineOf = (text: string, needle: string): number =>
  text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('SARIF rules', () => {
  // DOMAIN.md §5 read by hand: each path's states that are neither safe nor disabled, in rule order.
  const UNSAFE_PATH_STATES = [
    'konnectivity-agent-server/unverified',
    'apiserver-kubelet/broken',
    'apiserver-kubelet/unverified',
    'apiserver-proxy-node/broken',
    'apiserver-proxy-node/unverified',
    'apiserver-proxy-node/plaintext',
    'apiserver-proxy-pod/broken',
    'apiserver-proxy-pod/unverified',
    'apiserver-proxy-pod/plaintext',
    'apiserver-proxy-service/broken',
    'apiserver-proxy-service/unverified',
    'apiserver-proxy-service/plaintext',
    'apiserver-konnectivity-server/broken',
    'apiserver-ssh-tunnel/broken',
    'apiserver-ssh-tunnel/unverified',
    'kubelet-readonly/plaintext',
  ];
  // Built inside each test, not at collection: StrykerJS then sees which test reaches which code
  // (work done while a file loads counts as static and reruns every test for each mutant it reaches).
  const rulesOf = () => sarif(assess(PRESETS.kubeadm)).runs[0]!.tool.driver.rules!;

  it('has one rule per unsafe path state and one per finding id, in that order', () => {
    const rules = rulesOf();
    expect(rules.map((r) => r.id)).toEqual([...UNSAFE_PATH_STATES, ...FINDING_IDS]);
  });

  it('gives every rule what code scanning shows: descriptions within 1,024 characters, help text and Markdown', () => {
    const rules = rulesOf();
    for (const r of rules) {
      expect(r.shortDescription?.text.length).toBeGreaterThan(0);
      expect(r.fullDescription!.text.length).toBeLessThanOrEqual(1024);
      expect(r.help?.text.length).toBeGreaterThan(0);
      expect(r.help?.markdown?.length).toBeGreaterThan(0);
    }
  });

  it('carries CIS ids, the fix and the security severity of a finding (apiserver-no-kubelet-ca: high, CIS 1.2.5)', () => {
    const rules = rulesOf();
    const r = rules.find((x) => x.id === 'apiserver-no-kubelet-ca')!;
    expect(r.properties).toMatchObject({ cis: ['1.2.5'], 'security-severity': '8.0' });
    expect(r.properties!.tags).toContain('external/cis-kubernetes/1.2.5');
    expect(r.help!.text).toContain('--kubelet-certificate-authority');
    expect(r.defaultConfiguration?.level).toBe('error');
    expect(rules.find((x) => x.id === 'kubelet-open')!.properties!['security-severity']).toBe(
      '9.5',
    );
  });

  it('gives a path rule the CIS ids of the findings that decide it, and its fixes', () => {
    const rules = rulesOf();
    const r = rules.find((x) => x.id === 'apiserver-kubelet/unverified')!;
    expect(r.properties!['cis']).toEqual(expect.arrayContaining(['1.2.4', '1.2.5', '4.2.9']));
    expect(r.help!.text).toMatch(/Fixes there: .*apiserver\.kubeletCertificateAuthority=true/);
    expect(rules.find((x) => x.id === 'kubelet-readonly/plaintext')!.properties!['cis']).toEqual([
      '4.2.4',
    ]);
  });
});

describe('toSarif', () => {
  it.each(PRESET_NAMES)(
    'writes a log for preset %s that the SARIF 2.1.0 schema accepts',
    (name) => {
      expect(sarifErrors(sarif(assess(PRESETS[name])))).toEqual([]);
    },
  );

  it('the schema check itself rejects a log with a result that has no message', () => {
    const log = sarif(assess(PRESETS.kubeadm));
    delete (results(log)[0] as Partial<Result>).message;
    expect(sarifErrors(log).join('\n')).toContain("must have required property 'message'");
  });

  it('reports kubeadm: one result per unsafe path and per finding, levels from severity', () => {
    const log = sarif(assess(PRESETS.kubeadm));
    // kubeadm by hand: no kubelet CA (unverified), plain-http proxies, anonymous auth on (low),
    // no --kubelet-certificate-authority (high), self-signed kubelet certificates (medium).
    expect(results(log).map((r) => [r.ruleId, r.level])).toEqual([
      ['apiserver-kubelet/unverified', 'error'],
      ['apiserver-proxy-node/plaintext', 'error'],
      ['apiserver-proxy-pod/plaintext', 'error'],
      ['apiserver-proxy-service/plaintext', 'error'],
      ['apiserver-anonymous', 'note'],
      ['apiserver-no-kubelet-ca', 'error'],
      ['kubelet-self-signed', 'warning'],
    ]);
    for (const r of results(log))
      expect(log.runs[0]!.tool.driver.rules![r.ruleIndex!]!.id).toBe(r.ruleId);
  });

  it('puts the fix text in the message and the properties', () => {
    const r = byRule(sarif(assess(PRESETS.kubeadm)), 'apiserver-no-kubelet-ca')[0]!;
    expect(r.message.text).toMatch(
      /\[CIS 1\.2\.5\] Fix: apiserver\.kubeletCertificateAuthority=true .*\+ kubelet\.servingCertificate=/,
    );
    expect(r.properties!['fixes']).toHaveLength(2);
  });

  it('warns instead of failing on a trusted network, and says the path would be at risk', () => {
    const r = byRule(
      sarif(assess(scenario('kubeadm', { 'network.untrusted': false }))),
      'apiserver-kubelet/unverified',
    )[0]!;
    expect(r.level).toBe('warning');
    expect(r.message.text).toContain('would be at risk on an untrusted network');
  });

  it('reports a broken path as a warning (an outage, not an exposure)', () => {
    const r = byRule(sarif(assess(PRESETS['ca-mismatch'])), 'apiserver-kubelet/broken')[0]!;
    expect(r.level).toBe('warning');
    expect(r.message.text).toContain('x509: certificate signed by unknown authority');
  });

  it('has no locations without files, and still validates', () => {
    const log = sarif(assess(PRESETS['flags-only']));
    expect(results(log).every((r) => r.locations!.length === 0)).toBe(true);
  });
});

describe('toSarif on imported files', () => {
  const kubelet = [
    'apiVersion: kubelet.config.k8s.io/v1beta1',
    'kind: KubeletConfiguration',
    'authentication:',
    '  anonymous:',
    '    enabled: false',
    '  readOnlyPort: 1',
    'readOnlyPort: 10255',
    '',
  ].join('\n');

  it('points a result at the file line that set the value, with its columns and text', () => {
    const sources = sourcesOf([['nodes/kubelet.yaml', kubelet]]);
    const log = sarif(assess(ok(['nodes/kubelet.yaml', kubelet]).config), sources);
    expect(sarifErrors(log)).toEqual([]);
    for (const id of ['kubelet-readonly/plaintext', 'kubelet-read-only-port']) {
      const loc = byRule(log, id)[0]!.locations![0]!.physicalLocation!;
      expect(loc.artifactLocation!.uri).toBe('nodes/kubelet.yaml');
      expect(loc.region).toEqual({
        startLine: 7,
        startColumn: 1,
        endLine: 7,
        endColumn: 'readOnlyPort: 10255'.length + 1,
        snippet: { text: 'readOnlyPort: 10255' },
      });
    }
  });

  it('points a setting that a file leaves at its default at that component’s flags in the file', () => {
    const text = fixture('kubeadm-1.30-kube-apiserver.yaml');
    const log = sarif(
      assess(ok(['kube-apiserver.yaml', text]).config),
      sourcesOf([['kube-apiserver.yaml', text]]),
    );
    const loc = byRule(log, 'apiserver-no-kubelet-ca')[0]!.locations![0]!;
    expect(loc.physicalLocation!.artifactLocation!.uri).toBe('kube-apiserver.yaml');
    expect(loc.physicalLocation!.region!.snippet!.text).toMatch(/^- --[a-z-]+=/);
    expect(loc.message!.text).toContain(
      'apiserver.kubeletCertificateAuthority: not set in this file',
    );
  });

  it('names values no file gave and falls back to the first file for code scanning', () => {
    const text = fixture('kubeadm-1.30-kube-apiserver.yaml');
    const log = sarif(
      assess(ok(['kube-apiserver.yaml', text]).config),
      sourcesOf([['kube-apiserver.yaml', text]]),
    );
    // The kubelet is assumed from the base preset: kubelet-self-signed has no kubelet file to point at.
    const r = byRule(log, 'kubelet-self-signed')[0]!;
    expect(r.locations![0]!.physicalLocation!.region!.startLine).toBe(1);
    expect(r.message.text).toContain(
      'Not read from the analysed files: kubelet.servingCertificate',
    );
  });

  it('lists the other causing lines as related locations', () => {
    const unit = fixture('hard-way-kube-apiserver.service');
    const kubeletText = fixture('kubelet-flags-only.service');
    const files: [string, string][] = [
      ['kube-apiserver.service', unit],
      ['kubelet.service', kubeletText],
    ];
    const log = sarif(assess(ok(...files).config), sourcesOf(files));
    expect(sarifErrors(log)).toEqual([]);
    for (const r of results(log)) {
      for (const l of [...r.locations!, ...(r.relatedLocations ?? [])]) {
        const { artifactLocation, region } = l.physicalLocation!;
        const source = files.find(([name]) => name === artifactLocation!.uri)![1];
        if (region!.snippet)
          expect(source.split('\n')[region!.startLine! - 1]!.trim()).toBe(region!.snippet.text);
      }
    }
    const withRelated = results(log).filter((r) => (r.relatedLocations ?? []).length > 0);
    expect(withRelated.length).toBeGreaterThan(0);
    expect(lineOf(unit, '--authorization-mode')).toBeGreaterThan(1);
  });

  it('turns import warnings into tool notifications at their file and line', () => {
    const text = fixture('kubeadm-1.21-kube-apiserver.yaml');
    const imported = ok(['old.yaml', text]);
    const log = sarif(
      { ...assess(imported.config), warnings: imported.warnings },
      sourcesOf([['old.yaml', text]]),
    );
    const n = log.runs[0]!.invocations![0]!.toolExecutionNotifications!.find((x) =>
      x.message.text!.includes('--insecure-port'),
    )!;
    expect(n.locations![0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'old.yaml' },
      region: { startLine: lineOf(text, '--insecure-port') },
    });
  });

  it('gives standard input no location (it is no file in the repository)', () => {
    const log = sarif(assess(ok(['(stdin)', kubelet]).config), sourcesOf([['(stdin)', kubelet]]));
    expect(byRule(log, 'kubelet-read-only-port')[0]!.locations).toEqual([]);
    expect(sarifErrors(log)).toEqual([]);
  });
});

describe('toSarif with node pools', () => {
  // Reports with pools carry `pool`/`nodes` on kubelet path entries and findings; per-pool
  // provenance keys are `pools.NAME.kubelet.X`.
  // Built inside each test (see 'SARIF rules').
  const logOf = () => {
    const base = assess(PRESETS['ca-mismatch']);
    const kubeletPath = base.paths.find((p) => p.id === 'apiserver-kubelet')!;
    const fix = {
      changes: [{ key: 'kubelet.servingCertificate' }],
      summary: 'kubelet.servingCertificate=tls-bootstrap → secure',
      sideEffects: [],
    };
    const report: SarifReport = {
      ...base,
      paths: [
        ...base.paths.filter((p) => p.id !== 'apiserver-kubelet'),
        {
          ...kubeletPath,
          state: 'secure',
          safe: true,
          reasons: [],
          fixes: [],
          pool: 'bootstrapped',
          nodes: 4,
        },
        {
          ...kubeletPath,
          state: 'broken',
          safe: false,
          reasons: ['self-signed'],
          fixes: [fix],
          pool: 'legacy',
          nodes: 2,
        },
        {
          ...kubeletPath,
          state: 'broken',
          safe: false,
          reasons: ['self-signed'],
          fixes: [fix],
          pool: 'old',
          nodes: 1,
        },
      ],
      findings: [
        {
          id: 'kubelet-self-signed',
          component: 'kubelet',
          severity: 'medium',
          cis: ['4.2.9'],
          message: 'self-signed',
          pool: 'legacy',
          nodes: 2,
        },
        {
          id: 'kubelet-self-signed',
          component: 'kubelet',
          severity: 'medium',
          cis: ['4.2.9'],
          message: 'self-signed',
          pool: 'old',
          nodes: 1,
        },
      ],
    };
    const sources: SourceFiles = {
      provenance: {
        'pools.legacy.kubelet.servingCertificate': {
          kind: 'file',
          file: 'legacy.yaml',
          line: 3,
          setting: 'tlsCertFile',
        },
        'kubelet.servingCertificate': {
          kind: 'file',
          file: 'kubelet.yaml',
          line: 9,
          setting: 'tlsCertFile',
        },
      },
      files: ['legacy.yaml', 'kubelet.yaml'],
      uriOf: (f) => f,
    };
    return sarif(report, sources);
  };

  it('writes one result per (unsafe path, pool) and per (finding, pool), naming the pool', () => {
    const log = logOf();
    expect(sarifErrors(log)).toEqual([]);
    const broken = byRule(log, 'apiserver-kubelet/broken');
    expect(broken.map((r) => r.properties!['pool'])).toEqual(['legacy', 'old']);
    expect(broken[0]!.message.text).toContain('is broken on pool legacy (2 nodes)');
    expect(broken[1]!.message.text).toContain('on pool old (1 node)');
    expect(
      byRule(log, 'kubelet-self-signed').map((r) => [
        r.properties!['pool'],
        r.properties!['nodes'],
      ]),
    ).toEqual([
      ['legacy', 2],
      ['old', 1],
    ]);
  });

  it('keeps results of different pools apart in code scanning (distinct fingerprints)', () => {
    const log = logOf();
    const prints = byRule(log, 'apiserver-kubelet/broken').map(
      (r) => r.partialFingerprints!['kubePathsResult/v1'],
    );
    expect(new Set(prints).size).toBe(2);
  });

  it('locates a pool’s result at that pool’s file, else at the cluster-wide value', () => {
    const log = logOf();
    const [legacy, old] = byRule(log, 'apiserver-kubelet/broken');
    expect(legacy!.locations![0]!.physicalLocation).toMatchObject({
      artifactLocation: { uri: 'legacy.yaml' },
      region: { startLine: 3 },
    });
    expect(old!.locations![0]!.physicalLocation).toMatchObject({
      artifactLocation: { uri: 'kubelet.yaml' },
      region: { startLine: 9 },
    });
  });
});
