import { describe, expect, it } from 'vitest';
import { PRESETS } from '../model/presets';
import { selectCompareBaseline, selectPathChange } from './selectors';
import { createAppStore } from './store';

describe('compare baseline in the store', () => {
  it('gives no change kind while nothing is compared', () => {
    const store = createAppStore({ persist: false });
    expect(selectCompareBaseline(store.getState())).toBeNull();
    expect(selectPathChange('apiserver-kubelet')(store.getState())).toBeNull();
  });

  it.each([
    ['hardened', 'kubeadm', 'apiserver-kubelet', 'became-safe'],
    ['kubeadm', 'hardened', 'apiserver-kubelet', 'became-unsafe'],
    ['ca-mismatch', 'kubeadm', 'apiserver-kubelet', 'broke'],
    ['kubeadm', 'kubeadm', 'apiserver-kubelet', 'unchanged'],
  ] as const)('with %s against baseline %s, %s %s', (current, baseline, id, kind) => {
    const store = createAppStore({ persist: false });
    store.getState().applyPreset(current);
    store.getState().setCompareBaseline(PRESETS[baseline]);
    expect(selectPathChange(id)(store.getState())).toBe(kind);
    store.getState().setCompareBaseline(null);
    expect(selectPathChange(id)(store.getState())).toBeNull();
  });

  it('is not part of the saved scenario or undo', () => {
    const store = createAppStore({ persist: false });
    store.getState().setCompareBaseline(PRESETS.hardened);
    expect(store.getState().previous).toBeNull();
  });
});
