import { afterEach, describe, expect, it } from 'vitest';
import { withNodeCount } from '../model/pools';
import { PRESETS } from '../model/presets';
import { appStore } from './store';
import { fakeWindow } from './fakeWindow';
import { startUrlSync, URL_NOTICE_ID } from './urlSync';

let stop: (() => void) | null = null;
afterEach(() => {
  stop?.();
  appStore.setState({ notices: [] });
});

describe('startUrlSync', () => {
  it.each<[string, string, boolean, 'light' | 'dark']>([
    ['an empty link follows a light system scheme', '', false, 'light'],
    ['an empty link follows a dark system scheme', '', true, 'dark'],
    ['a link theme wins over the system scheme', '?theme=light', true, 'light'],
  ])('%s', (_, search, dark, theme) => {
    const { win } = fakeWindow(search, dark);
    stop = startUrlSync(win);
    expect(appStore.getState().theme).toBe(theme);
  });

  it('loads the scenario, then writes every change back with replaceState', () => {
    const { win, calls } = fakeWindow('?preset=hardened&nodes=7&select=apiserver');
    stop = startUrlSync(win);
    const s = appStore.getState();
    expect([s.config, s.preset, s.config.pools[0]!.nodes, s.selection]).toEqual([
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
    appStore.getState().hover('apiserver');
    expect(calls).toHaveLength(1);
  });

  it('reports ignored parameters in one dismissible notice', () => {
    const { win } = fakeWindow('?bogus=1&theme=pink');
    stop = startUrlSync(win);
    const n = appStore.getState().notices.find((x) => x.id === URL_NOTICE_ID);
    expect(n?.text).toMatch(/bogus.*theme/);
    appStore.getState().dismiss(URL_NOTICE_ID);
    expect(appStore.getState().notices).toEqual([]);
  });

  it('writes the theme only once it is chosen', () => {
    const { win, calls } = fakeWindow('', false);
    stop = startUrlSync(win);
    appStore.getState().setTableView(true);
    expect(calls.at(-1)).toBe('?v=1&preset=kubeadm&table=true');
    appStore.getState().setTheme('dark');
    expect(calls.at(-1)).toBe('?v=1&preset=kubeadm&theme=dark&table=true');
  });
});
