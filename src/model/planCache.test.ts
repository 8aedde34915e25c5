import { describe, expect, it } from 'vitest';
import { planFor } from './plan';
import { PRESETS } from './presets';
import { cachedPlan } from './planCache';

describe('cachedPlan', () => {
  it('returns the same plan object for the same config and scope', () => {
    const config = { ...PRESETS.kubeadm };
    expect(cachedPlan(config)).toBe(cachedPlan(config));
    expect(cachedPlan(config, 'apiserver-kubelet')).toBe(cachedPlan(config, 'apiserver-kubelet'));
  });

  it('keeps cluster and single-path plans apart', () => {
    const config = { ...PRESETS.kubeadm };
    expect(cachedPlan(config)).toEqual(planFor(config));
    expect(cachedPlan(config, 'apiserver-kubelet')).toEqual(planFor(config, { path: 'apiserver-kubelet' }));
    expect(cachedPlan(config, 'apiserver-kubelet').scope).toBe('apiserver-kubelet');
  });

  it('computes afresh for a new config object', () => {
    const a = { ...PRESETS.kubeadm };
    const b = { ...PRESETS.kubeadm };
    expect(cachedPlan(a)).not.toBe(cachedPlan(b));
  });
});
