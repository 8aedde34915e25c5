// @vitest-environment jsdom
import { act, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startPage, type Page } from './page';
import { renderDefaultPage } from './prerender';
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

async function open(search: string, html = ''): Promise<Page> {
  window.history.replaceState(null, '', `/${search}`);
  const root = document.body.appendChild(document.createElement('div'));
  root.innerHTML = html;
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

describe('the page over the prerendered default scenario (what vite build writes into #root)', () => {
  const html = renderDefaultPage();

  it('hydrates it, keeping its elements (not a fresh render)', async () => {
    window.history.replaceState(null, '', '/');
    const root = document.body.appendChild(document.createElement('div'));
    root.innerHTML = html;
    const heading = root.querySelector('h1');
    await act(async () => {
      page = startPage(window, root);
    });
    expect(page!.hydrated).toBe(true);
    expect(root.querySelector('h1')).toBe(heading);
  });

  it('then applies the link: its scenario, not the prerendered one, is what the store and the page show', async () => {
    // Preset hardened: apiserver-kubelet secure (DOMAIN.md §6); the prerendered kubeadm draws it unverified.
    expect(html).toContain('data-path="apiserver-kubelet"');
    const p = await open('?preset=hardened', html);
    expect(p.store.getState().config.apiserver.kubeletCertificateAuthority).toBe(true);
    expect(screen.getByTestId('summary').textContent).toMatch(/^4 of 4 /);
  });

  it('then applies saved state on a bare reload', async () => {
    const first = await open('');
    act(() => first.store.getState().applyPreset('hardened'));
    act(() => page!.stop());
    document.body.innerHTML = '';
    const p = await open('', html);
    expect(p.hydrated).toBe(true);
    expect(p.store.getState().config.apiserver.kubeletCertificateAuthority).toBe(true);
    expect(screen.getByTestId('summary').textContent).toMatch(/^4 of 4 /);
  });

  it('an embed link replaces it with the embed (nothing of the full page stays)', async () => {
    const p = await open('?embed=1', html);
    expect(p.hydrated).toBe(false);
    expect(await screen.findByTestId('embed')).toBeTruthy();
    expect(document.querySelector('.app-header')).toBeNull();
  });
});

