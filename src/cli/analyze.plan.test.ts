import { describe, expect, it } from 'vitest';
import { PRESET_NAMES } from '../model/presets';
import { PATH_IDS } from '../model/types';
import { runAnalyze } from './analyze';

const run = (...argv: string[]) => runAnalyze(argv, { isTTY: false });
const json = (...argv: string[]) => JSON.parse(run(...argv, '--format', 'json').stdout);

describe('kube-paths analyze --fix', () => {
  it('adds the plan to the JSON as [{ key, value, flag, why }] in apply order', () => {
    const out = json('--preset', 'ca-mismatch', '--fix');
    expect(out.plan.map((s: { key: string }) => s.key)).toEqual([
      'kubelet.servingCertificate',
      'konnectivity.agentAuthentication',
      'konnectivity.enabled',
    ]);
    expect(out.plan[0]).toMatchObject({
      key: 'kubelet.servingCertificate',
      value: 'tls-bootstrap',
      flag: expect.stringContaining('serverTLSBootstrap'),
    });
    expect(out.plan[0].why).toContain('apiserver-kubelet broken instead of secure');
    expect(out.plan[0].sideEffects[0]).toContain('kubernetes.io/kubelet-serving');
    expect(out.planSnippets.map((s: { id: string }) => s.id)).toContain(
      'egress-selector-configuration',
    );
  });

  it('gives an empty plan when everything is safe, and no plan key without --fix', () => {
    expect(json('--preset', 'hardened', '--fix').plan).toEqual([]);
    expect(json('--preset', 'kubeadm')).not.toHaveProperty('plan');
  });

  it('reaches a config with no unsafe and no broken path when the plan is applied with --set', () => {
    for (const preset of PRESET_NAMES) {
      const plan: { key: string; value: unknown }[] = json('--preset', preset, '--fix').plan;
      const sets = plan.flatMap((s) => [
        '--set',
        `${s.key}=${Array.isArray(s.value) ? s.value.join(',') : String(s.value)}`,
      ]);
      expect(run('--preset', preset, ...sets, '--fail-on', 'unsafe').code, preset).toBe(0);
    }
  });

  it('adds a checklist with snippets to the Markdown and a section to the table', () => {
    const md = run('--preset', 'kubeadm', '--fix', '--format', 'markdown').stdout;
    expect(md).toContain('## Make it safe');
    expect(md).toMatch(/1\. \[ \] `konnectivity\.agentAuthentication=service-account-token`/);
    expect(md).toContain(
      '```yaml\napiVersion: apiserver.k8s.io/v1beta1\nkind: EgressSelectorConfiguration',
    );
    expect(md.indexOf('## Make it safe')).toBeLessThan(md.indexOf('## Configuration'));
    const table = run('--preset', 'kubeadm', '--fix').stdout;
    expect(table).toContain(
      'MAKE IT SAFE\n  1. konnectivity.agentAuthentication=service-account-token',
    );
  });
});

describe('kube-paths analyze --baseline', () => {
  it('adds diff: [{ id, pool, before, after, change }] for every path instance and a summary', () => {
    const out = json('--preset', 'hardened', '--baseline', 'kubeadm');
    expect(out.diff.map((d: { id: string }) => d.id)).toEqual([...PATH_IDS]);
    expect(out.diff.find((d: { id: string }) => d.id === 'apiserver-kubelet')).toEqual({
      id: 'apiserver-kubelet',
      pool: 'default',
      before: 'unverified',
      after: 'secure',
      change: 'became-safe',
    });
    expect(out.diffSummary).toBe('4 paths became safe, 2 appeared');
    expect(out.baseline).toBe('kubeadm');
  });

  it('adds a section to Markdown and table', () => {
    expect(
      run('--preset', 'ca-mismatch', '--baseline', 'kubeadm', '--format', 'markdown').stdout,
    ).toContain(
      '## Compared with kubeadm\n\n1 path broke.\n\nAttackers: someone on the link: 4 paths → 3 paths; someone in the node network: 4 paths → 3 paths; still nothing for a compromised pod; nothing left for a compromised node; still nothing for anyone who reaches a node.\n\n| path | before | after | change |',
    );
    expect(run('--preset', 'ca-mismatch', '--baseline=kubeadm').stdout).toMatch(
      /COMPARED WITH kubeadm: 1 path broke\n {2}attackers: .*nothing left for a compromised node.*\n {2}apiserver-kubelet +unverified → broken {2}\(broke\)/,
    );
  });

  it.each([
    [
      ['--baseline', 'nope'],
      `kube-paths: unknown baseline "nope"; valid baselines: ${PRESET_NAMES.join(', ')}\n`,
    ],
    [['--baseline'], 'kube-paths: option --baseline needs a value\n'],
    [
      ['--fix=yes'],
      'kube-paths: unknown option "--fix"; valid options: --preset, --set, --pools, --pool, --format, --fail-on, --baseline, --fix, --help\n',
    ],
  ])('rejects %j with exit 2 and one line naming the valid choices', (argv, message) => {
    expect(run(...argv)).toEqual({ code: 2, stdout: '', stderr: message });
  });
});
