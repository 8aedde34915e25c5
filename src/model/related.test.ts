import { describe, expect, it } from 'vitest';
import { FINDING_IDS } from './findings';
import { PRESETS, type PresetName } from './presets';
import { RELATED_FINDINGS, relatedFindings } from './related';
import { scenario } from './testing';
import { PATH_IDS, type PathId } from './types';

describe('relatedFindings gives the findings (and CIS ids) behind a path', () => {
  it.each<[PathId, PresetName, string[]]>([
    ['apiserver-kubelet', 'kubeadm', ['1.2.5', '4.2.9']],
    ['apiserver-kubelet', 'flags-only', ['1.2.4', '1.2.5', '4.2.1', '4.2.2', '4.2.3', '4.2.9']],
    ['apiserver-kubelet', 'hardened', []],
    ['kubelet-readonly', 'legacy-ssh', ['4.2.4']],
    ['kubelet-readonly', 'kubeadm', []],
    ['kubelet-apiserver', 'flags-only', ['1.2.6', '1.2.7', '1.2.8']],
  ])('%s under %s: CIS %j', (id, preset, cis) => {
    const got = [...new Set(relatedFindings(scenario(preset), { id, pool: 0 }).flatMap((f) => f.cis))].sort();
    expect(got).toEqual(cis);
  });

  it('takes kubelet findings from the instance’s own pool only', () => {
    const m = PRESETS['mixed-pools'];
    const cis = (pool: number) => relatedFindings(m, { id: 'apiserver-kubelet', pool }).flatMap((f) => f.cis);
    expect(cis(0)).toEqual([]);
    expect(cis(1)).toEqual(['4.2.9']);
  });

  it('names only real findings, for every path', () => {
    for (const id of PATH_IDS) for (const f of RELATED_FINDINGS[id]) expect(FINDING_IDS).toContain(f);
  });
});
