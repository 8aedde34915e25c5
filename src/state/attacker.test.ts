// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { exploits } from '../model/exposureMarks';
import { PRESETS } from '../model/presets';
import { stepConfig, tourById } from '../model/tour';
import { TOURS } from '../model/tours';
import { fakeWindow } from '../test/fakeWindow';
import { STORAGE_KEY } from './persistence';
import { isPerPool } from '../model/instances';
import { PATH_IDS } from '../model/types';
import { selectExposed, selectPredictMask } from './selectors';
import { createAppStore, hydrateSaved, type AppStore } from './store';
import { startUrlSync } from './urlSync';

let stop: (() => void) | null = null;
afterEach(() => {
  stop?.();
  stop = null;
  localStorage.clear();
});

// The diagram loads the exposure code on demand (useExposureCode, tested with the Graph); here it is given.
const withCode = (store: AppStore) => store.setState({ exposureCode: exploits });

describe('the attacker position', () => {
  it('marks nothing until a position is picked and the exposure code is there, then what that position exploits', () => {
    const store = createAppStore({ persist: false });
    store.getState().replaceConfig(PRESETS['flags-only'], 'preset');
    withCode(store);
    expect(selectExposed('kubelet-readonly', 0)(store.getState())).toBeNull();
    store.setState({ exposureCode: null });
    store.getState().setAttacker('pod');
    expect(selectExposed('kubelet-readonly', 0)(store.getState())).toBeNull();
    withCode(store);
    // DOMAIN.md §10 on flags-only: a pod gets the anonymous kubelet and the read-only port, not the proxies.
    const s = store.getState();
    expect([
      selectExposed('kubelet-readonly', 0)(s),
      selectExposed('apiserver-kubelet', 0)(s),
      selectExposed('apiserver-proxy-pod', 0)(s),
    ]).toEqual(['can', 'can', 'cannot']);
    store.getState().setAttacker(null);
    expect(selectExposed('kubelet-readonly', 0)(store.getState())).toBeNull();
  });

  it('draws no mark on any instance a tour question hides until it is answered, and marks the others', () => {
    const tour = tourById(TOURS, 'attacker')!;
    const n = tour.steps.findIndex((s) => s.predict) + 1;
    const step = tour.steps[n - 1]!;
    const store = createAppStore({ persist: false });
    store.getState().replaceConfig(stepConfig(step), 'tour');
    store.setState({ tours: TOURS });
    store.getState().setTour({ id: 'attacker', step: n });
    store.getState().setAttacker(step.attacker!);
    withCode(store);
    const hidden = step.predict!.path;
    const mask = selectPredictMask(store.getState())!;
    expect(mask.keys.has(`${hidden}@default`)).toBe(true);
    const instances = PATH_IDS.map((id) => ({ id, key: isPerPool(id) ? `${id}@default` : id }));
    for (const { id, key } of instances) {
      const mark = selectExposed(id, isPerPool(id) ? 0 : undefined)(store.getState());
      expect([key, mark === null]).toEqual([key, mask.keys.has(key)]);
    }
    // Something stays marked: the mask hides what changed, not the whole view.
    expect(instances.some(({ key }) => !mask.keys.has(key))).toBe(true);
    store.getState().predict('attacker', n, step.predict!.answer);
    expect(selectExposed(hidden, 0)(store.getState())).toBe(
      step.exposed!.includes(hidden) ? 'can' : 'cannot',
    );
  });

  it('says `could` for someone on the link while the network is marked trusted', () => {
    const store = createAppStore({ persist: false });
    store.getState().replaceConfig({ ...PRESETS.kubeadm, network: { untrusted: false } }, 'import');
    store.getState().setAttacker('link');
    withCode(store);
    expect(selectExposed('apiserver-kubelet', 0)(store.getState())).toBe('could');
    store.getState().setConfigKey('network.untrusted', true);
    expect(selectExposed('apiserver-kubelet', 0)(store.getState())).toBe('can');
  });

  it('is read from and written to the link (attacker=POSITION)', () => {
    const store = createAppStore({ persist: false });
    const { win, calls } = fakeWindow('?preset=flags-only&attacker=pod');
    stop = startUrlSync(win, store);
    expect(store.getState().attacker).toBe('pod');
    store.getState().setAttacker('node-network');
    expect(calls.at(-1)).toBe('?v=1&preset=flags-only&attacker=node-network');
    store.getState().setAttacker(null);
    expect(calls.at(-1)).toBe('?v=1&preset=flags-only');
  });

  it('is never saved: a reload without a link starts with nobody picked', () => {
    const store = createAppStore({ persist: true });
    hydrateSaved(store);
    store.getState().setAttacker('anyone');
    store.getState().applyPreset('flags-only');
    const saved = localStorage.getItem(STORAGE_KEY)!;
    expect(JSON.parse(saved).state.config).toEqual(PRESETS['flags-only']);
    expect(saved).not.toMatch(/attacker|exposure/i);
    const next = createAppStore({ persist: true });
    expect(hydrateSaved(next)).toBe(true);
    expect([next.getState().config, next.getState().attacker]).toEqual([
      PRESETS['flags-only'],
      null,
    ]);
  });
});
