import { describe, expect, it } from 'vitest';
import { pageJson } from '../model/pageReports';
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

});
