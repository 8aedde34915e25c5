// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PRESETS } from '../model/presets';
import { findTour, stepConfig } from '../model/tours';
import { fakeWindow } from '../test/fakeWindow';
import { STORAGE_KEY } from './persistence';
import { selectExposed } from './selectors';
import { createAppStore, hydrateSaved, type AppStore } from './store';
import { startUrlSync } from './urlSync';

// Counts loads of the exposure code: the factory runs when the module is first imported.
const loads = vi.hoisted(() => ({ count: 0 }));
vi.mock('../model/exposureMarks', async (importOriginal) => {
  loads.count++;
  return await importOriginal();
});

let stop: (() => void) | null = null;
afterEach(() => {
  stop?.();
  stop = null;
  localStorage.clear();
});

const loaded = (store: AppStore) =>
  vi.waitFor(() => expect(store.getState().exposureCode).not.toBeNull());

describe('the attacker position', () => {
  it('loads the exposure code only once a position is picked, then marks what that position exploits', async () => {
    const store = createAppStore({ persist: false });
    store.getState().replaceConfig(PRESETS['flags-only'], 'preset');
    await new Promise((r) => setTimeout(r, 50));
    expect([loads.count, store.getState().exposureCode]).toEqual([0, null]);
    expect(selectExposed('kubelet-readonly', 0)(store.getState())).toBeNull();
    store.getState().setAttacker('pod');
    await loaded(store);
    expect(loads.count).toBe(1);
    // DOMAIN.md §10 on flags-only: a pod gets the anonymous kubelet and the read-only port, not the proxies.
    const s = store.getState();
    expect([
      selectExposed('kubelet-readonly', 0)(s),
      selectExposed('apiserver-kubelet', 0)(s),
      selectExposed('apiserver-proxy-pod', 0)(s),
    ]).toEqual([true, true, false]);
    store.getState().setAttacker(null);
    expect(selectExposed('kubelet-readonly', 0)(store.getState())).toBeNull();
  });

  it('draws no mark on the path a tour question hides until it is answered', async () => {
    const tour = findTour('attacker')!;
    const n = tour.steps.findIndex((s) => s.predict) + 1;
    const step = tour.steps[n - 1]!;
    const store = createAppStore({ persist: false });
    store.getState().replaceConfig(stepConfig(step), 'tour');
    store.getState().setTour({ id: 'attacker', step: n });
    store.getState().setAttacker(step.attacker!);
    await loaded(store);
    const hidden = step.predict!.path;
    expect(selectExposed(hidden, 0)(store.getState())).toBeNull();
    expect(selectExposed('apiserver-kubelet', 0)(store.getState())).toBe(true);
    store.getState().predict('attacker', n, step.predict!.answer);
    expect(selectExposed(hidden, 0)(store.getState())).toBe(step.exposed!.includes(hidden));
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
