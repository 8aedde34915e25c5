import { afterEach, describe, expect, it, vi } from 'vitest';
import { PRESETS } from '../model/presets';
import { selectCompareBaseline, selectCompareLink, selectPathChange } from './selectors';
import { createAppStore } from './store';
import { STORAGE_KEY } from './persistence';

const newStore = () => createAppStore({ persist: false });
afterEach(() => vi.unstubAllGlobals());

describe('the compare baseline is derived from its source', () => {
  it('gives no baseline and no change kind while nothing is compared', () => {
    const store = newStore();
    expect(selectCompareBaseline(store.getState())).toBeNull();
    expect(selectPathChange('apiserver-kubelet')(store.getState())).toBeNull();
  });

  // Change kinds derived by hand from DOMAIN.md §5 (kubeadm: unverified; hardened: secure;
  // ca-mismatch: broken).
  it.each([
    ['hardened', 'kubeadm', 'apiserver-kubelet', 'became-safe'],
    ['kubeadm', 'hardened', 'apiserver-kubelet', 'became-unsafe'],
    ['ca-mismatch', 'kubeadm', 'apiserver-kubelet', 'broke'],
    ['kubeadm', 'kubeadm', 'apiserver-kubelet', 'unchanged'],
  ] as const)('with %s against preset %s, %s %s', (current, baseline, id, kind) => {
    const store = newStore();
    store.getState().applyPreset(current);
    store.getState().setCompareSource({ kind: 'preset', preset: baseline });
    expect(selectCompareBaseline(store.getState())).toEqual(PRESETS[baseline]);
    expect(selectPathChange(id)(store.getState())).toBe(kind);
    store.getState().setCompareSource(null);
    expect(selectPathChange(id)(store.getState())).toBeNull();
  });

  it('"before the last replacement" follows the undo history, not a copy taken when chosen', () => {
    const store = newStore();
    store.getState().setCompareSource({ kind: 'previous' });
    expect(selectCompareBaseline(store.getState())).toBeNull();
    store.getState().applyPreset('hardened');
    expect(selectCompareBaseline(store.getState())).toEqual(PRESETS.kubeadm);
    store.getState().applyPreset('ca-mismatch');
    expect(selectCompareBaseline(store.getState())).toEqual(PRESETS.hardened);
    store.getState().undoReplace();
    expect(selectCompareBaseline(store.getState())).toBeNull();
  });

  it('a link is read from its text, once per source, and an unreadable one gives an error and no baseline', () => {
    const store = newStore();
    store.getState().setCompareSource({ kind: 'link', link: null });
    expect([selectCompareBaseline(store.getState()), selectCompareLink(store.getState())]).toEqual([
      null,
      null,
    ]);
    store
      .getState()
      .setCompareSource({
        kind: 'link',
        link: 'https://x.test/?preset=kubeadm&kubelet.readOnlyPort=10255',
      });
    const baseline = selectCompareBaseline(store.getState());
    expect(baseline).toEqual({
      ...PRESETS.kubeadm,
      pools: [{ ...PRESETS.kubeadm.pools[0]!, kubelet: { ...PRESETS.kubeadm.pools[0]!.kubelet, readOnlyPort: 10255 } }],
    });
    expect(selectCompareBaseline(store.getState())).toBe(baseline);
    expect(selectPathChange('kubelet-readonly')(store.getState())).toBe('removed');
    store.getState().setCompareSource({ kind: 'link', link: 'nonsense' });
    expect(selectCompareBaseline(store.getState())).toBeNull();
    expect(selectCompareLink(store.getState())).toMatchObject({
      ok: false,
      error: expect.stringContaining('no query'),
    });
  });
});

describe('the compare source is view state', () => {
  it('is never saved and is not an undo step', () => {
    const saved = new Map<string, string>();
    vi.stubGlobal('localStorage', {
      getItem: (k: string) => saved.get(k) ?? null,
      setItem: (k: string, v: string) => void saved.set(k, v),
      removeItem: (k: string) => void saved.delete(k),
    });
    const store = createAppStore({ persist: true });
    store.getState().setCompareSource({ kind: 'preset', preset: 'hardened' });
    store.getState().setConfigKey('kubelet.readOnlyPort', 10255);
    const written = JSON.parse(saved.get(STORAGE_KEY) ?? 'null') as {
      state: Record<string, unknown>;
    } | null;
    expect(written?.state.config).toEqual(store.getState().config);
    expect(Object.keys(written?.state ?? {}).sort()).toEqual([
      'config',
      'highContrast',
      'podsPerNode',
      'tableView',
      'theme',
    ]);
    expect(store.getState().previous).toBeNull();
  });
});
