import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PRESETS } from './presets';
import { parseConfig } from './validate';

describe('parseConfig', () => {
  it.each(Object.entries(PRESETS))('accepts the %s preset and rebuilds it equal', (_, config) => {
    expect(parseConfig(JSON.parse(JSON.stringify(config)))).toEqual({ ok: true, value: config });
  });

  it.each([
    [null, 'not a configuration object'],
    [[], 'not a configuration object'],
    [{ ...PRESETS.kubeadm, version: 'x' }, 'invalid value "x" for version'],
    [{ ...PRESETS.kubeadm, kubelet: { ...PRESETS.kubeadm.kubelet, readOnlyPort: 'abc' } }, 'kubelet.readOnlyPort'],
    [{ ...PRESETS.kubeadm, kubelet: { ...PRESETS.kubeadm.kubelet, readOnlyPort: {} } }, 'wrong type'],
    [{ ...PRESETS.kubeadm, pods: {} }, 'missing pods.automountServiceAccountToken'],
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
