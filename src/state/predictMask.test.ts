import { describe, expect, it } from 'vitest';
import { applyTourStep } from '../components/tour/applyStep';
import { tourById } from '../model/tour';
import { TOURS } from '../model/tours';
import { selectIsMasked, selectPredictMask } from './selectors';
import { createAppStore } from './store';

// kubelet-ca step 4 asks about apiserver → kubelet after step 3's scenario; the CA-signed
// certificates change exactly that path (its narration and tours.test.ts say so).
describe('selectPredictMask', () => {
  it('hides what changed since the previous step until the question is answered', () => {
    const store = createAppStore({ persist: false });
    applyTourStep(store, TOURS, tourById(TOURS, 'kubelet-ca')!, 4);
    const mask = selectPredictMask(store.getState());
    expect(mask?.path).toBe('apiserver-kubelet');
    expect([...mask!.keys]).toEqual(['apiserver-kubelet@default']);
    expect(selectIsMasked('apiserver-kubelet@default')(store.getState())).toBe(true);
    expect(selectIsMasked('apiserver-proxy-pod@default')(store.getState())).toBe(false);
    // A stable reference, so subscribers do not re-render on every store change.
    store.getState().hover('apiserver');
    expect(selectPredictMask(store.getState())).toBe(mask);
    store.getState().predict('kubelet-ca', 4, 'secure');
    expect(selectPredictMask(store.getState())).toBeNull();
  });

  it('follows the scenario: a change made during the question is hidden too', () => {
    const store = createAppStore({ persist: false });
    applyTourStep(store, TOURS, tourById(TOURS, 'kubelet-ca')!, 4);
    store.getState().setConfigKey('kubelet.readOnlyPort', 10255);
    expect([...selectPredictMask(store.getState())!.keys].sort()).toEqual([
      'apiserver-kubelet@default',
      'kubelet-readonly@default',
    ]);
  });

  it('is null outside tours and on steps that ask nothing', () => {
    const store = createAppStore({ persist: false });
    expect(selectPredictMask(store.getState())).toBeNull();
    applyTourStep(store, TOURS, tourById(TOURS, 'kubelet-ca')!, 2);
    expect(selectPredictMask(store.getState())).toBeNull();
  });
});
