import { describe, expect, it } from 'vitest';
import { PRESETS } from './presets';
import { pageMarkdown } from './pageReports';

describe('page reports', () => {
  it('the Markdown report has the paths table, the plan and, when comparing, the diff', () => {
    const md = pageMarkdown({ config: PRESETS.kubeadm, preset: 'kubeadm', baseline: PRESETS.hardened });
    expect(md).toMatch(/^# kube-paths report: kubeadm/);
    expect(md).toContain('| path | state | safe | reasons | fixes |');
    expect(md).toContain('## Make it safe');
    expect(md).toMatch(/1\. \[ \] `/);
    expect(md).toContain('## Compared with hardened');
  });

  it('calls an edited scenario custom', () => {
    const md = pageMarkdown({ config: { ...PRESETS.kubeadm, version: '1.30' }, preset: null, baseline: null });
    expect(md).toMatch(/^# kube-paths report: custom scenario/);
    expect(md).not.toContain('## Compared with');
  });
});
