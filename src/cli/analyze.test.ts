import { describe, expect, it } from 'vitest';
import { PRESET_NAMES } from '../model/presets';
import { PATH_IDS } from '../model/types';
import { runAnalyze } from './analyze';

const run = (...argv: string[]) => runAnalyze(argv, { isTTY: false });
const json = (...argv: string[]) => JSON.parse(run(...argv, '--format', 'json').stdout);

describe('kube-paths analyze', () => {
  it('prints the JSON contract with every path id', () => {
    const out = json('--preset', 'kubeadm');
    expect(Object.keys(out)).toEqual(['config', 'paths', 'findings', 'warnings']);
    expect(out.paths.map((p: { id: string }) => p.id)).toEqual([...PATH_IDS]);
    expect(out.paths[4]).toMatchObject({ id: 'apiserver-kubelet', from: 'apiserver', to: 'kubelet', direction: 'control-plane-to-node', state: 'unverified', safe: false });
    expect(out.config.apiserver.anonymousAuth).toBe(true);
    expect(out.paths[4].fixes[0].changes[0]).toHaveProperty('flag');
  });

  it('applies --set in order, with lists, numbers and enums', () => {
    const out = json('--set', 'apiserver.kubeletCertificateAuthority=true', '--set=kubelet.servingCertificate=tls-bootstrap', '--set', 'apiserver.authorizationModes=Node,RBAC,AlwaysAllow', '--set', 'kubelet.readOnlyPort=10255');
    const state = (id: string) => out.paths.find((p: { id: string }) => p.id === id).state;
    expect(state('apiserver-kubelet')).toBe('secure');
    expect(state('kubelet-readonly')).toBe('plaintext');
    expect(out.config.apiserver.authorizationModes).toEqual(['Node', 'RBAC', 'AlwaysAllow']);
  });

  it('carries the SSH startup error as a warning on 1.22+', () => {
    const out = json('--preset', 'legacy-ssh', '--set', 'version=1.22');
    expect(out.warnings[0].message).toContain('unknown flag');
  });

  it.each([
    [['--preset', 'nope'], 'unknown preset "nope"; valid presets: ' + PRESET_NAMES.join(', ')],
    [['--set', 'apiserver.nope=1'], 'unknown config key "apiserver.nope"'],
    [['--set', 'kubelet.readOnlyPort=abc'], 'invalid value "abc" for kubelet.readOnlyPort'],
    [['--set', 'novalue'], '--set needs KEY=VALUE'],
    [['--format', 'xml'], 'valid formats: table, json, markdown'],
    [['--fail-on', 'sometimes'], 'valid values: unsafe, broken, never'],
    [['--frobnicate'], 'unknown option "--frobnicate"'],
    [['--preset'], 'option --preset needs a value'],
  ])('exits 2 on %j with one line naming the problem', (argv, message) => {
    const r = run(...argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it.each([
    ['kubeadm', 'unsafe', 1],
    ['hardened', 'unsafe', 0],
    ['ca-mismatch', 'broken', 1],
    ['kubeadm', 'broken', 0],
    ['flags-only', 'never', 0],
  ] as const)('--preset %s --fail-on %s exits %i', (preset, failOn, code) => {
    expect(run('--preset', preset, '--fail-on', failOn).code).toBe(code);
  });

  it('prints a readable table without colour when not a TTY, with colour on a TTY', () => {
    const plain = run('--preset', 'ca-mismatch').stdout;
    expect(plain).toMatch(/apiserver-kubelet\s+✖ broken/);
    expect(plain).not.toContain('\x1b[');
    expect(runAnalyze(['--preset', 'ca-mismatch'], { isTTY: true }).stdout).toContain('\x1b[35m');
  });

  it('prints a Markdown report', () => {
    const md = run('--preset', 'hardened', '--format', 'markdown').stdout;
    expect(md).toContain('# kube-paths report: hardened');
    expect(md).toContain('| `apiserver-kubelet` (apiserver → kubelet :10250) | 🔒 secure | yes |');
  });
});
