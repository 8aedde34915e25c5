import { describe, expect, it } from 'vitest';
import { pageJson, pageMarkdown } from '../model/pageReports';
import { setKey } from '../model/config';
import { withPoolSizes } from '../model/pools';
import { PRESETS } from '../model/presets';
import { runAnalyze } from './analyze';

// The page's JSON export and `analyze --format json` share one contract.
describe('the page JSON report', () => {
  it('the JSON report equals the CLI output with --fix', () => {
    const cli = runAnalyze(['--preset', 'kubeadm', '--format', 'json', '--fix'], { isTTY: false });
    expect(JSON.parse(pageJson({ config: PRESETS.kubeadm, preset: 'kubeadm', baseline: null }))).toEqual(JSON.parse(cli.stdout));
  });

  it('the JSON report adds the diff when comparing with a preset, as --baseline does', () => {
    const cli = runAnalyze(['--preset', 'kubeadm', '--format', 'json', '--fix', '--baseline', 'hardened'], { isTTY: false });
    const page = JSON.parse(pageJson({ config: PRESETS.kubeadm, preset: 'kubeadm', baseline: PRESETS.hardened }));
    expect(page).toEqual(JSON.parse(cli.stdout));
    expect(page.diff).toHaveLength(JSON.parse(cli.stdout).diff.length);
  });

  it('with node pools the JSON and Markdown reports equal the CLI output, pool by pool', () => {
    const cli = (format: string) =>
      runAnalyze(['--preset', 'mixed-pools', '--format', format, '--fix'], { isTTY: false }).stdout;
    const input = { config: PRESETS['mixed-pools'], preset: 'mixed-pools', baseline: null } as const;
    expect(JSON.parse(pageJson(input))).toEqual(JSON.parse(cli('json')));
    expect(pageMarkdown(input)).toBe(cli('markdown'));
    expect(pageMarkdown(input)).toContain('### Pool legacy (2 nodes)');
  });

  it('a pooled scenario edited in the page reports as --pools and pools.NAME.kubelet.X say', () => {
    const config = setKey(
      withPoolSizes(PRESETS['kubelet-ca'], [
        { name: 'general', nodes: 10 },
        { name: 'gpu', nodes: 2 },
      ]),
      'kubelet.servingCertificate',
      'self-signed',
      'gpu',
    );
    const cli = runAnalyze(
      ['--preset', 'kubelet-ca', '--pools', 'general:10,gpu:2', '--set', 'pools.gpu.kubelet.servingCertificate=self-signed', '--format', 'json', '--fix'],
      { isTTY: false },
    );
    expect(JSON.parse(pageJson({ config, preset: null, baseline: null }))).toEqual(JSON.parse(cli.stdout));
  });
});
