// @vitest-environment jsdom
import { act, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startPage, type Page } from './page';
import { STORAGE_KEY } from './state/persistence';

beforeAll(() => {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});

let page: Page | null = null;
afterEach(() => {
  act(() => page?.stop());
  page = null;
  document.body.innerHTML = '';
  localStorage.clear();
});

async function open(search: string): Promise<Page> {
  window.history.replaceState(null, '', `/${search}`);
  const root = document.body.appendChild(document.createElement('div'));
  await act(async () => {
    page = startPage(window, root);
  });
  return page!;
}

describe('the page entry point', () => {
  it.each(['?embed=1', '?embed=true', '?preset=hardened&embed=true'])(
    '%s renders the embed, never the full page, and writes no storage',
    async (search) => {
      const p = await open(search);
      expect(p.embedded).toBe(true);
      expect(await screen.findByTestId('embed')).toBeTruthy();
      expect(screen.queryByRole('heading', { name: 'kube-paths' })).toBeNull();
      act(() => p.store.getState().setConfigKey('kubelet.readOnlyPort', 10255));
      expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
    },
  );

  it('without embed renders the full page and saves a change', async () => {
    const p = await open('?preset=hardened');
    expect(p.embedded).toBe(false);
    expect(await screen.findByRole('heading', { name: 'kube-paths' })).toBeTruthy();
    expect(screen.queryByTestId('embed')).toBeNull();
    act(() => p.store.getState().setConfigKey('kubelet.readOnlyPort', 10255));
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!).state.config.pools[0].kubelet.readOnlyPort).toBe(
      10255,
    );
  });

  it('each page gets a store of its own', async () => {
    const first = (await open('?preset=hardened')).store;
    act(() => page!.stop());
    const second = (await open('?preset=kubeadm')).store;
    expect(second).not.toBe(first);
    expect(first.getState().config).not.toEqual(second.getState().config);
  });
});
