import { describe, expect, it } from 'vitest';
import { setKey } from './config';
import { PRESETS } from './presets';
import { nearestPreset } from './presetMatch';
import { captionLines, exportFileName } from './caption';

const DATE = new Date('2026-11-28T12:00:00Z');

describe('captionLines', () => {
  it('names a preset, the version, the network and the date in one line', () => {
    const lines = captionLines(PRESETS.kubeadm, 'kubeadm', DATE);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('preset kubeadm');
    expect(lines[0]).toContain(`Kubernetes ${PRESETS.kubeadm.version}`);
    expect(lines[0]).toContain('2026-11-28');
    expect(lines[0]).toMatch(/(un)?trusted network/);
  });

  it('calls an edited config custom and names what differs from the nearest preset', () => {
    const config = setKey(PRESETS.kubeadm, 'kubelet.readOnlyPort', 10255);
    const lines = captionLines(config, null, DATE);
    expect(lines[0]).toContain('custom scenario');
    expect(lines[1]).toBe('kubeadm with kubelet.readOnlyPort=10255');
  });

  it('counts the differences beyond four instead of listing them all', () => {
    let config = PRESETS['flags-only'];
    for (const [k, v] of [
      ['kubelet.readOnlyPort', 10255],
      ['apiserver.proxyScheme', 'https'],
      ['apiserver.anonymousAuth', false],
      ['kubelet.anonymousAuth', true],
      ['konnectivity.enabled', true],
      ['apiserver.sshTunnels', true],
      ['konnectivity.frontend', 'tcp-tls'],
      ['kubelet.servingCertificate', 'ca-signed'],
      ['network.untrusted', false],
    ] as const)
      config = setKey(config, k, v);
    const near = nearestPreset(config);
    expect(near.differences.length).toBeGreaterThan(4);
    const second = captionLines(config, null, DATE)[1]!;
    expect(second).toContain(`and ${near.differences.length - 4} more`);
    expect(second.split(', ').length).toBeLessThanOrEqual(5);
    expect(second).toMatch(/and \d+ more$/);
  });
});

describe('the pools in a caption', () => {
  it('mixed-pools names both pools and their nodes under the preset line', () => {
    expect(captionLines(PRESETS['mixed-pools'], 'mixed-pools', DATE).slice(1)).toEqual([
      '2 pools, 6 nodes: bootstrapped (4 nodes), legacy (2 nodes)',
    ]);
  });

  it('names six pools and counts the rest; a one-pool scenario has no pool line', () => {
    const pools = Array.from({ length: 8 }, (_, i) => ({ ...PRESETS.kubeadm.pools[0]!, name: `p${i + 1}`, nodes: i === 0 ? 1 : 250 }));
    const lines = captionLines({ ...PRESETS.kubeadm, pools }, null, DATE);
    expect(lines[2]).toBe(
      '8 pools, 1,751 nodes: p1 (1 node), p2 (250 nodes), p3 (250 nodes), p4 (250 nodes), p5 (250 nodes), p6 (250 nodes), and 2 more',
    );
    expect(captionLines(PRESETS.kubeadm, 'kubeadm', DATE)).toHaveLength(1);
  });
});

describe('exportFileName', () => {
  it.each([
    ['kubeadm', 'svg', 'kube-paths-kubeadm-2026-11-28.svg'],
    [null, 'png', 'kube-paths-custom-2026-11-28.png'],
  ] as const)('names %s exports with the extension %s', (preset, ext, name) => {
    expect(exportFileName(preset, DATE, ext)).toBe(name);
  });
});
