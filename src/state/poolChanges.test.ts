import { describe, expect, it } from 'vitest';
import { movePool, removePool, renamePool } from '../model/poolEdits';
import { PRESETS } from '../model/presets';
import type { Config } from '../model/types';
import { selectEditingPool, selectKubeletTarget, selectSelectedPool } from './selectors';
import { createAppStore } from './store';

const ok = (r: { ok: true; value: Config } | { ok: false; error: string }): Config => {
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

/** A store on mixed-pools (bootstrapped 4, legacy 2) editing pool legacy, its kubelet path selected. */
function onLegacy() {
  const store = createAppStore({ persist: false });
  store.setState({
    config: PRESETS['mixed-pools'],
    editingPool: 'legacy',
    selection: { kind: 'path', id: 'apiserver-kubelet', key: 'apiserver-kubelet@legacy' },
  });
  return store;
}

describe('pool changes in the store', () => {
  it('the edited pool is the only pool of a one-pool scenario, and writes there as every pool', () => {
    const store = createAppStore({ persist: false });
    store.setState({ editingPool: 'gone' });
    expect(selectEditingPool(store.getState())).toBe(0);
    expect(selectKubeletTarget(store.getState())).toBeUndefined();
  });

  it('a rename carries the selection and the edited pool to the new name', () => {
    const store = onLegacy();
    const config = ok(renamePool(store.getState().config, 1, 'old'));
    store.getState().editPools({ config, renamed: { from: 'legacy', to: 'old' } });
    const s = store.getState();
    expect([s.editingPool, selectKubeletTarget(s)]).toEqual(['old', 'old']);
    expect(s.selection).toEqual({
      kind: 'path',
      id: 'apiserver-kubelet',
      key: 'apiserver-kubelet@old',
    });
  });

  it('moving a pool keeps the selection and the edited pool on it', () => {
    const store = onLegacy();
    store.getState().editPools({ config: movePool(store.getState().config, 1, -1) });
    const s = store.getState();
    expect([selectEditingPool(s), selectSelectedPool(s)]).toEqual([0, 0]);
    expect(s.config.pools.map((p) => p.name)).toEqual(['legacy', 'bootstrapped']);
  });

  it('removing a pool drops what pointed at it, and one undo brings the pool and its settings back', () => {
    const store = onLegacy();
    store
      .getState()
      .editPools({ config: ok(removePool(store.getState().config, 1)), undoable: true });
    let s = store.getState();
    expect([s.selection, s.editingPool, s.config.pools.map((p) => p.name)]).toEqual([
      null,
      null,
      ['bootstrapped'],
    ]);
    expect(s.previous?.cause).toBe('pool');
    s.undoReplace();
    s = store.getState();
    expect(s.config).toBe(PRESETS['mixed-pools']);
  });

  it('a preset without the selected pool drops the selection; one with it keeps it', () => {
    const store = onLegacy();
    store.getState().applyPreset('kubeadm');
    expect([store.getState().selection, store.getState().editingPool]).toEqual([null, null]);
    const again = onLegacy();
    again
      .getState()
      .replaceConfig({ ...PRESETS['mixed-pools'], network: { untrusted: false } }, 'fix');
    expect(again.getState().selection?.kind === 'path' && again.getState().selection).toMatchObject(
      { key: 'apiserver-kubelet@legacy' },
    );
    expect(again.getState().editingPool).toBe('legacy');
  });
});
