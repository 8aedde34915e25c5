// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../model/presets';
import { selectCompareBaseline } from '../../state/selectors';
import { createAppStore } from '../../state/store';
import { renderWithStore } from '../../test/renderWithStore';
import { ComparePanel } from './ComparePanel';

const sourceSelect = () =>
  screen.getByLabelText<HTMLSelectElement>('Compare the current scenario against');
const row = (id: string) =>
  document.querySelector<HTMLElement>(`.compare-rows li[data-path="${id}"]`);

describe('ComparePanel', () => {
  it('opens against the default preset, and closing it ends the comparison', () => {
    const store = createAppStore({ persist: false });
    store.getState().setConfigKey('kubelet.readOnlyPort', 10255);
    const { unmount } = renderWithStore(<ComparePanel />, store);
    expect(sourceSelect().value).toBe('kubeadm');
    expect(selectCompareBaseline(store.getState())).toBe(PRESETS.kubeadm);
    // kubeadm has readOnlyPort 0 (disabled); 10255 makes it plaintext (DOMAIN.md §5).
    expect(row('kubelet-readonly')?.dataset['change']).toBe('became-unsafe');
    expect(screen.getByTestId('compare-summary').textContent).toMatch(/^Against preset kubeadm: /);
    unmount();
    expect(store.getState().compareSource).toBeNull();
  });

  it('opens against the scenario before the last replacement, named by what replaced it', () => {
    const store = createAppStore({ persist: false });
    store.getState().applyPreset('hardened');
    renderWithStore(<ComparePanel />, store);
    expect(sourceSelect().value).toBe('previous');
    expect(selectCompareBaseline(store.getState())).toBe(PRESETS.kubeadm);
    expect(screen.getByTestId('compare-summary').textContent).toMatch(
      /^Against the scenario before the last preset: /,
    );
    // kubeadm → hardened: apiserver → kubelet goes from unverified to secure.
    expect(row('apiserver-kubelet')?.dataset['change']).toBe('became-safe');
  });

  it('choosing another preset changes what the diagram overlays', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<ComparePanel />);
    await user.selectOptions(sourceSelect(), 'ca-mismatch');
    expect(store.getState().compareSource).toEqual({ kind: 'preset', preset: 'ca-mismatch' });
    // ca-mismatch → kubeadm: apiserver → kubelet goes from broken to unverified.
    expect(row('apiserver-kubelet')?.dataset['change']).toBe('repaired');
  });

  it('reads a pasted link, lists what it ignored, and says why a bad one cannot be used', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<ComparePanel />);
    await user.selectOptions(sourceSelect(), 'link');
    expect(screen.getByText('Paste a link and choose “Use this link”.')).toBeTruthy();
    expect(selectCompareBaseline(store.getState())).toBeNull();
    const input = screen.getByLabelText('Shared link');
    await user.type(input, 'https://x.test/?v=1&preset=kubeadm&kubelet.readOnlyPort=10255&bogus=1');
    await user.click(screen.getByRole('button', { name: 'Use this link' }));
    expect(document.querySelector('.compare-ignored')?.textContent).toContain('bogus');
    expect(row('kubelet-readonly')?.dataset['change']).toBe('removed');
    await user.clear(input);
    await user.type(input, 'nonsense');
    await user.click(screen.getByRole('button', { name: 'Use this link' }));
    expect(document.querySelector('.error-text')?.textContent).toContain('no query');
    expect(selectCompareBaseline(store.getState())).toBeNull();
  });

  it('compares pool by pool: a one-pool baseline stands for every pool, rows name the pool', () => {
    const store = createAppStore({ persist: false });
    store.setState({ config: PRESETS['mixed-pools'] });
    renderWithStore(<ComparePanel />, store);
    // Against kubeadm (unverified everywhere): bootstrapped becomes secure, legacy breaks (DOMAIN.md §9).
    const kubelet = (pool: string) =>
      document.querySelector<HTMLElement>(`.compare-rows li[data-path="apiserver-kubelet"][data-pool="${pool}"]`)!;
    expect(kubelet('bootstrapped').dataset['change']).toBe('became-safe');
    expect(kubelet('legacy').dataset['change']).toBe('broke');
    expect(kubelet('legacy').textContent).toContain('on pool legacy');
    expect(document.querySelectorAll('.compare-rows li')).toHaveLength(21);
    expect(screen.getByTestId('compare-pools').textContent).toBe(
      'Pools compared by name: bootstrapped with the baseline’s only pool, default; legacy with the baseline’s only pool, default.',
    );
  });

  it('matches baseline pools by name, and a pool the baseline lacks is new', () => {
    const store = createAppStore({ persist: false });
    const mixed = PRESETS['mixed-pools'];
    store.setState({ config: mixed, previous: { config: mixed, cause: 'fix' } });
    store.setState({ config: { ...mixed, pools: [mixed.pools[1]!, { ...mixed.pools[0]!, name: 'gpu' }] } });
    renderWithStore(<ComparePanel />, store);
    expect(screen.getByTestId('compare-pools').textContent).toBe('Pools compared by name: legacy; gpu (not in the baseline).');
    expect(document.querySelector<HTMLElement>('.compare-rows li[data-path="apiserver-kubelet"][data-pool="legacy"]')!.dataset['change']).toBe('unchanged');
    // A pool that did not exist: its paths did not exist before (disabled), so a secure one appeared.
    expect(document.querySelector<HTMLElement>('.compare-rows li[data-path="apiserver-kubelet"][data-pool="gpu"]')!.dataset['change']).toBe('appeared');
  });
});
