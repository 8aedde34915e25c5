import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PRESETS } from './presets';
import { fromOnePoolShape, parseConfig } from './validate';

const withKubelet = (o: Record<string, unknown>) => ({
  ...PRESETS.kubeadm,
  pools: [{ ...PRESETS.kubeadm.pools[0]!, kubelet: { ...PRESETS.kubeadm.pools[0]!.kubelet, ...o } }],
});

describe('parseConfig', () => {
  it.each(Object.entries(PRESETS))('accepts the %s preset and rebuilds it equal', (_, config) => {
    expect(parseConfig(JSON.parse(JSON.stringify(config)))).toEqual({ ok: true, value: config });
  });

  it.each([
    [null, 'not a configuration object'],
    [[], 'not a configuration object'],
    [{ ...PRESETS.kubeadm, version: 'x' }, 'invalid value "x" for version'],
    [withKubelet({ readOnlyPort: 'abc' }), 'kubelet.readOnlyPort'],
    [withKubelet({ readOnlyPort: {} }), 'pools[0].kubelet.readOnlyPort has the wrong type'],
    [{ ...PRESETS.kubeadm, pods: {} }, 'missing pods.automountServiceAccountToken'],
    [{ ...PRESETS.kubeadm, konnectivity: { ...PRESETS.kubeadm.konnectivity, serverMatchesEgress: undefined } }, 'missing konnectivity.serverMatchesEgress'],
    [{ ...PRESETS.kubeadm, pools: undefined }, 'missing pools'],
    [{ ...PRESETS.kubeadm, pools: [] }, '1–20 pools, got 0'],
    [{ ...PRESETS.kubeadm, pools: [{ name: 'Bad', nodes: 1, kubelet: PRESETS.kubeadm.pools[0]!.kubelet }] }, 'not a DNS label'],
    [{ ...PRESETS.kubeadm, pools: [{ name: 'a', nodes: 6000, kubelet: PRESETS.kubeadm.pools[0]!.kubelet }] }, 'over the 5000 limit'],
    [{ ...PRESETS.kubeadm, pools: ['x'] }, 'pools[0] is not { name, nodes, kubelet }'],
  ])('rejects %j with "%s"', (data, message) => {
    const r = parseConfig(data);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(message);
  });

  it('drops foreign keys and never keeps a polluted prototype', () => {
    const data = JSON.parse(JSON.stringify({ ...PRESETS.kubeadm, extra: 1 }).replace('{', '{"__proto__":{"polluted":true},'));
    const r = parseConfig(data);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(Object.keys(r.value)).not.toContain('extra');
      expect((r.value as unknown as { polluted?: boolean }).polluted).toBeUndefined();
    }
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('never throws on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const r = parseConfig(v);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });
});

describe('fromOnePoolShape (saved state and exports from before node pools)', () => {
  it('turns the one kubelet and the node count into a pool named default, Konnectivity matching its egress file', () => {
    const { pools, konnectivity, ...cluster } = PRESETS['flags-only'];
    const old = { ...cluster, kubelet: pools[0]!.kubelet, konnectivity: { enabled: false, agentAuthentication: 'none', frontend: 'uds' } };
    const r = parseConfig(fromOnePoolShape(old, 12));
    expect(r).toEqual({ ok: true, value: { ...PRESETS['flags-only'], pools: [{ ...pools[0]!, nodes: 12 }] } });
    expect(konnectivity.serverMatchesEgress).toBe(true);
  });

  it('leaves data of today’s shape, and data that is not an object, as it is', () => {
    expect(fromOnePoolShape(PRESETS.kubeadm, 3)).toBe(PRESETS.kubeadm);
    expect(fromOnePoolShape('x', 3)).toBe('x');
  });
});
