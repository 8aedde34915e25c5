// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../model/presets';
import type { Config } from '../../model/types';
import { selectSelectedPool } from '../../state/selectors';
import { createAppStore } from '../../state/store';
import { renderWithStore } from '../../test/renderWithStore';
import { PathTable } from './PathTable';

function renderAt(config: Config) {
  const store = createAppStore({ persist: false });
  store.setState({ config });
  return { user: userEvent.setup(), ...renderWithStore(<PathTable />, store) };
}

const rows = () => [...document.querySelectorAll<HTMLTableRowElement>('tbody tr')];
const row = (id: string, pool?: string) =>
  document.querySelector<HTMLTableRowElement>(
    `tr[data-path="${id}"]${pool ? `[data-pool="${pool}"]` : ''}`,
  )!;

describe('PathTable with node pools', () => {
  it('has a row per path kind and pool: 10 kinds touch a node, twice, and the control plane’s own once', () => {
    renderAt(PRESETS['mixed-pools']);
    expect(rows()).toHaveLength(21);
    expect(
      rows()
        .filter((r) => r.dataset['path'] === 'apiserver-konnectivity-server')
        .map((r) => r.dataset['pool']),
    ).toEqual([undefined]);
    expect(
      rows()
        .filter((r) => r.dataset['path'] === 'apiserver-kubelet')
        .map((r) => r.dataset['pool']),
    ).toEqual(['bootstrapped', 'legacy']);
    expect(screen.getByText(/a row per path kind and pool \(21 rows/)).toBeTruthy();
  });

  it('mixed-pools: apiserver → kubelet is secure on bootstrapped and broken on legacy only (DOMAIN.md §9)', () => {
    renderAt(PRESETS['mixed-pools']);
    expect(row('apiserver-kubelet', 'bootstrapped').dataset['state']).toBe('secure');
    expect(row('apiserver-kubelet', 'legacy').dataset['state']).toBe('broken');
    expect(
      rows()
        .filter((r) => r.dataset['state'] === 'broken')
        .map((r) => `${r.dataset['path']}@${r.dataset['pool']}`),
    ).toEqual(['apiserver-kubelet@legacy']);
    // The row header names the pool, and so does the button's accessible name.
    expect(within(row('apiserver-kubelet', 'legacy')).getByRole('rowheader').textContent).toContain(
      'pool legacy · 2 nodes',
    );
    expect(within(row('apiserver-kubelet', 'legacy')).getByRole('button').textContent).toBe(
      'apiserver → kubelet :10250 on pool legacy',
    );
  });

  it('selects the instance of the row’s pool, and marks only that row', async () => {
    const { user, store } = renderAt(PRESETS['mixed-pools']);
    await user.click(within(row('apiserver-kubelet', 'legacy')).getByRole('button'));
    expect(selectSelectedPool(store.getState())).toBe(1);
    expect(store.getState().selection).toMatchObject({ kind: 'path', id: 'apiserver-kubelet' });
    expect(
      within(row('apiserver-kubelet', 'legacy')).getByRole('button').getAttribute('aria-pressed'),
    ).toBe('true');
    expect(
      within(row('apiserver-kubelet', 'bootstrapped'))
        .getByRole('button')
        .getAttribute('aria-pressed'),
    ).toBe('false');
    await user.click(within(row('apiserver-kubelet', 'legacy')).getByRole('button'));
    expect(store.getState().selection).toBeNull();
  });

  it('one pool: 11 rows and no pool names', () => {
    renderAt(PRESETS.kubeadm);
    expect(rows()).toHaveLength(11);
    expect(document.querySelector('.path-pool')).toBeNull();
    expect(within(row('apiserver-kubelet')).getByRole('button').textContent).toBe(
      'apiserver → kubelet :10250',
    );
  });
});
