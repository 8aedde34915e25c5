import { afterEach, describe, expect, it } from 'vitest';
import { withNodeCount } from '../model/pools';
import { PRESETS } from '../model/presets';
import { fakeWindow } from '../test/fakeWindow';
import { selectPreset } from './selectors';
import { createAppStore } from './store';
import { isEmbedLink, startUrlSync, URL_NOTICE_ID } from './urlSync';

// Each test makes its own store, as each page does: no test sees what another left behind.
let stop: (() => void) | null = null;
afterEach(() => stop?.());
const newStore = () => createAppStore({ persist: false });

describe('startUrlSync', () => {
  it.each<[string, string, boolean, 'light' | 'dark']>([
    ['an empty link follows a light system scheme', '', false, 'light'],
    ['an empty link follows a dark system scheme', '', true, 'dark'],
    ['a link theme wins over the system scheme', '?theme=light', true, 'light'],
  ])('%s', (_, search, dark, theme) => {
    const store = newStore();
    const { win } = fakeWindow(search, dark);
    stop = startUrlSync(win, store);
    expect(store.getState().theme).toBe(theme);
  });

  it('loads the scenario, then writes every change back with replaceState', () => {
    const store = newStore();
    const { win, calls } = fakeWindow('?preset=hardened&nodes=7&select=apiserver');
    stop = startUrlSync(win, store);
    const s = store.getState();
    expect([s.config, selectPreset(s), s.config.pools[0]!.nodes, s.selection]).toEqual([
      withNodeCount(PRESETS.hardened, 7),
      'hardened',
      7,
      { kind: 'component', id: 'apiserver' },
    ]);
    expect(calls).toEqual([]);
    s.setConfigKey('kubelet.readOnlyPort', 10255);
    expect(calls.at(-1)).toBe(
      '?v=1&preset=hardened&nodes=7&kubelet.readOnlyPort=10255&select=apiserver',
    );
    store.getState().hover('apiserver');
    expect(calls).toHaveLength(1);
  });

  it('writes changes after the next frame, several changes as one replaceState of the last state', () => {
    const store = newStore();
    const { win, calls, tasks, runTasks } = fakeWindow('?preset=hardened', false, true);
    stop = startUrlSync(win, store);
    store.getState().setConfigKey('kubelet.readOnlyPort', 10255);
    store.getState().setConfigKey('kubelet.readOnlyPort', 10266);
    // Nothing written during the change itself: one frame callback is waiting.
    expect([calls, tasks.length]).toEqual([[], 1]);
    runTasks();
    expect(calls).toEqual(['?v=1&preset=hardened&kubelet.readOnlyPort=10266']);
  });

  it('writes a pending change when the page is hidden for leaving (pagehide), and nothing after stop', () => {
    const store = newStore();
    const { win, calls, runTasks, hide } = fakeWindow('?preset=hardened', false, true);
    stop = startUrlSync(win, store);
    store.getState().setConfigKey('kubelet.readOnlyPort', 10255);
    hide();
    expect(calls).toEqual(['?v=1&preset=hardened&kubelet.readOnlyPort=10255']);
    runTasks();
    expect(calls).toHaveLength(1);
    store.getState().setConfigKey('kubelet.readOnlyPort', 10266);
    stop();
    stop = null;
    runTasks();
    hide();
    expect(calls).toHaveLength(1);
  });

  it('reports ignored parameters in one dismissible notice', () => {
    const store = newStore();
    const { win } = fakeWindow('?bogus=1&theme=pink');
    stop = startUrlSync(win, store);
    const n = store.getState().notices.find((x) => x.id === URL_NOTICE_ID);
    expect(n?.text).toMatch(/bogus.*theme/);
    store.getState().dismiss(URL_NOTICE_ID);
    expect(store.getState().notices).toEqual([]);
  });

  it('writes the theme only once it is chosen', () => {
    const store = newStore();
    const { win, calls } = fakeWindow('', false);
    stop = startUrlSync(win, store);
    store.getState().setTableView(true);
    expect(calls.at(-1)).toBe('?v=1&preset=kubeadm&table=true');
    store.getState().setTheme('dark');
    expect(calls.at(-1)).toBe('?v=1&preset=kubeadm&theme=dark&table=true');
  });
});

describe('isEmbedLink, the one check for embed mode', () => {
  // Written from the link codec's contract (docs/url-state.md): booleans are 1/0 or true/false.
  it.each<[string, boolean]>([
    ['?embed=1', true],
    ['?embed=true', true],
    ['?preset=hardened&embed=true&nodes=4', true],
    ['?embed=0', false],
    ['?embed=false', false],
    ['?embed=yes', false],
    ['?preset=kubeadm', false],
    ['', false],
  ])('%s is embed mode: %s', (search, want) => {
    expect(isEmbedLink(search)).toBe(want);
  });
});
