import { afterEach, describe, expect, it } from 'vitest';
import { createAppStore } from './store';
import { fakeWindow } from '../test/fakeWindow';
import { startUrlSync, URL_NOTICE_ID } from './urlSync';

let stop: (() => void) | null = null;
afterEach(() => stop?.());

describe('the URL keeps the workshop tour step', () => {
  it('restores tour, step and presenter view from a link', () => {
    const store = createAppStore({ persist: false });
    stop = startUrlSync(fakeWindow('?preset=kubeadm&tour=proxy&step=2&presenter=1').win, store);
    expect([store.getState().tour, store.getState().presenter]).toEqual([{ id: 'proxy', step: 2 }, true]);
  });

  it('writes a step change back to the address bar', () => {
    const store = createAppStore({ persist: false });
    const { win, calls } = fakeWindow('?preset=kubeadm&tour=proxy&step=2');
    stop = startUrlSync(win, store);
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
