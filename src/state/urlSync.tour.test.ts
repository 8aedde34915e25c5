import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Tour } from '../model/tour';
import { TOURS } from '../model/tours';
import { selectPredictMask } from './selectors';
import { createAppStore } from './store';
import { fakeWindow } from '../test/fakeWindow';
import { startUrlSync, URL_NOTICE_ID } from './urlSync';

let stop: (() => void) | null = null;
afterEach(() => stop?.());

/** A catalogue loader the test resolves by hand, to look at the store before and after. */
function pendingCatalogue() {
  let resolve: (tours: readonly Tour[]) => void = () => {};
  let reject: (e: Error) => void = () => {};
  const load = () =>
    new Promise<readonly Tour[]>((ok, fail) => {
      resolve = ok;
      reject = fail;
    });
  return { load, resolve: (t: readonly Tour[]) => resolve(t), reject: (e: Error) => reject(e) };
}

describe('the URL keeps the workshop tour step', () => {
  it('restores tour, step and presenter view from a link', async () => {
    const store = createAppStore({ persist: false });
    stop = startUrlSync(fakeWindow('?preset=kubeadm&tour=proxy&step=2&presenter=1').win, store);
    await vi.waitFor(() => expect(store.getState().tours).not.toBeNull());
    expect([store.getState().tour, store.getState().presenter]).toEqual([{ id: 'proxy', step: 2 }, true]);
  });

  it('writes a step change back to the address bar', async () => {
    const store = createAppStore({ persist: false });
    const { win, calls } = fakeWindow('?preset=kubeadm&tour=proxy&step=2');
    stop = startUrlSync(win, store);
    await vi.waitFor(() => expect(store.getState().tour).not.toBeNull());
    store.getState().setTour({ id: 'proxy', step: 3 });
    expect(calls.at(-1)).toBe('?v=1&preset=kubeadm&tour=proxy&step=3');
    store.getState().setTour(null);
    expect(calls.at(-1)).toBe('?v=1&preset=kubeadm');
  });

  it('keeps embed=1 in the address bar of an iframe, with no notice', () => {
    const store = createAppStore({ persist: false });
    const { win, calls } = fakeWindow('?embed=1&preset=kubeadm');
    stop = startUrlSync(win, store);
    store.getState().applyPreset('hardened');
    expect(calls.at(-1)).toBe('?v=1&preset=hardened&embed=1');
    expect(store.getState().notices.find((n) => n.id === URL_NOTICE_ID)).toBeUndefined();
  });
});

describe('a link that names a tour waits for the tour catalogue', () => {
  // The kubelet-ca tour's step 1 asks about apiserver-kubelet (tours.ts); this link names no scenario.
  const link = '?tour=kubelet-ca&step=1&theme=dark';

  it('applies nothing of the link and writes nothing before the catalogue is there', () => {
    const store = createAppStore({ persist: false });
    const { win, calls } = fakeWindow(link);
    const catalogue = pendingCatalogue();
    const before = store.getState();
    stop = startUrlSync(win, store, false, catalogue.load);
    const s = store.getState();
    expect([s.config, s.tour, s.theme, s.tours]).toEqual([before.config, null, before.theme, null]);
    s.setTableView(true);
    expect(calls).toEqual([]);
  });

  it('then applies all of it in one change: no state has the tour without its catalogue and predict mask', async () => {
    const store = createAppStore({ persist: false });
    const seen: { tour: boolean; tours: boolean; mask: boolean }[] = [];
    store.subscribe((s) => seen.push({ tour: s.tour !== null, tours: s.tours !== null, mask: selectPredictMask(s) !== null }));
    const catalogue = pendingCatalogue();
    stop = startUrlSync(fakeWindow(link).win, store, false, catalogue.load);
    catalogue.resolve(TOURS);
    await vi.waitFor(() => expect(store.getState().tour).toEqual({ id: 'kubelet-ca', step: 1 }));
    expect(seen.filter((x) => x.tour)).not.toEqual([]);
    expect(seen.filter((x) => x.tour && !(x.tours && x.mask))).toEqual([]);
    expect(store.getState().theme).toBe('dark');
  });

  it('a catalogue that fails to load leaves the rest of the link applied, and says so', async () => {
    const store = createAppStore({ persist: false });
    const catalogue = pendingCatalogue();
    stop = startUrlSync(fakeWindow('?preset=hardened&tour=proxy&step=2').win, store, false, catalogue.load);
    catalogue.reject(new Error('offline'));
    await vi.waitFor(() => expect(store.getState().notices.map((n) => n.id)).toContain('tour-load'));
    expect([store.getState().config.konnectivity.enabled, store.getState().tour]).toEqual([true, null]);
  });
});
