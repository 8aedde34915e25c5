import { describe, expect, it } from 'vitest';
import { FINDING_IDS } from './findings';
import type { PresetName } from './presets';
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
    ['kubelet-apiserver', 'flags-only', ['1.2.1', '1.2.6', '1.2.7', '1.2.8']],
  ])('%s under %s: CIS %j', (id, preset, cis) => {
    const got = [...new Set(relatedFindings(id, scenario(preset)).flatMap((f) => f.cis))].sort();
    expect(got).toEqual(cis);
  });

  it('names only real findings, for every path', () => {
    for (const id of PATH_IDS) for (const f of RELATED_FINDINGS[id]) expect(FINDING_IDS).toContain(f);
  });
});
