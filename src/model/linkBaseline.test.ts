import { describe, expect, it } from 'vitest';
import { PRESETS } from './presets';
import { baselineFromLink } from './linkBaseline';

describe('baselineFromLink', () => {
  it('reads the config of a full link to a preset', () => {
    const r = baselineFromLink('https://example.test/kube-paths/?v=1&preset=hardened&select=apiserver-kubelet');
    expect(r.ok && r.config).toEqual(PRESETS.hardened);
    expect(r.ok && r.label).toContain('hardened');
    expect(r.ok && r.ignored).toEqual([]);
  });

  it('accepts a bare query and applies config keys on top of the preset', () => {
    const r = baselineFromLink('?preset=kubeadm&kubelet.readOnlyPort=10255');
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.config.pools[0]!.kubelet.readOnlyPort).toBe(10255);
      expect(r.label).toContain('custom');
    }
  });

  it('reports ignored parameters and still gives a baseline', () => {
    const r = baselineFromLink('?preset=kubeadm&bogus=1&kubelet.readOnlyPort=-4');
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.ignored.map((i) => i.param).sort()).toEqual(['bogus', 'kubelet.readOnlyPort']);
  });

  it.each(['', '   ', 'not a link at all'])('refuses %j with a message', (text) => {
    const r = baselineFromLink(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.length).toBeGreaterThan(10);
  });
});
