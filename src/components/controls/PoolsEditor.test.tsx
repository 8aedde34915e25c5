// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { KUBELET_CONFIG_FILE_DEFAULTS } from '../../model/defaults';
import { PRESETS } from '../../model/presets';
import type { Config } from '../../model/types';
import { createAppStore } from '../../state/store';
import { renderWithStore } from '../../test/renderWithStore';
import { PoolsEditor } from './PoolsEditor';

// user-event walks a radio group with CSS.escape, which jsdom lacks (browsers have it).
globalThis.CSS ??= { escape: (s: string) => s.replace(/["\\]/g, '\\$&') } as typeof CSS;

// mixed-pools (DOMAIN.md §9): pool bootstrapped of 4 nodes, pool legacy of 2.
function renderAt(config: Config = PRESETS['mixed-pools'], editing: string | null = null) {
  const store = createAppStore({ persist: false });
  store.setState({ config, editingPool: editing });
  return { user: userEvent.setup(), ...renderWithStore(<PoolsEditor />, store) };
}

const pools = (c: Config) => c.pools.map((p) => `${p.name}:${p.nodes}`).join(',');
const nameField = () => screen.getByLabelText<HTMLInputElement>('Pool name');
const nodesField = () => screen.getByLabelText<HTMLInputElement>(/^Number of nodes in pool/);

describe('PoolsEditor', () => {
  it('lists every pool with its node count, and "every pool" with several', () => {
    renderAt();
    expect(screen.getAllByRole('radio').map((r) => r.closest('label')!.textContent)).toEqual([
      'every pool',
      'bootstrapped · 4 nodes',
      'legacy · 2 nodes',
    ]);
    expect(screen.getByText(/2 pools, 6 nodes in all/)).toBeTruthy();
    // Every pool is edited: no single pool's fields.
    expect(screen.queryByLabelText('Pool name')).toBeNull();
  });

  it('picking a pool by keyboard edits it, and its count is the node-count control', async () => {
    const { user, store } = renderAt();
    screen.getByRole('radio', { name: 'every pool' }).focus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(store.getState().editingPool).toBe('legacy');
    expect(nameField().value).toBe('legacy');
    expect(nodesField().value).toBe('2');
    expect(screen.getByLabelText('Number of nodes in pool legacy (1–4,996)')).toBe(nodesField());
    await user.clear(nodesField());
    await user.type(nodesField(), '10');
    expect(pools(store.getState().config)).toBe('bootstrapped:4,legacy:10');
  });

  it('renames on Enter; a bad name gets a message, the store keeps the old name and the text stays', async () => {
    const { user, store } = renderAt(PRESETS['mixed-pools'], 'legacy');
    const before = store.getState().config.pools[1]!.kubelet;
    await user.clear(nameField());
    expect(screen.getByRole('alert').textContent).toBe(
      '✖ A pool name cannot be empty. The pool keeps its name legacy.',
    );
    await user.type(nameField(), 'Old{Enter}');
    expect(nameField().value).toBe('Old');
    expect(nameField().getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toContain('"Old" is not a DNS label');
    expect(pools(store.getState().config)).toBe('bootstrapped:4,legacy:2');
    await user.clear(nameField());
    await user.type(nameField(), 'bootstrapped{Enter}');
    expect(screen.getByRole('alert').textContent).toBe(
      '✖ Pool 1 is already named "bootstrapped": pool names are unique. The pool keeps its name legacy.',
    );
    expect(pools(store.getState().config)).toBe('bootstrapped:4,legacy:2');
    await user.clear(nameField());
    await user.type(nameField(), 'old-nodes');
    // Nothing is renamed on the way: only Enter (or leaving the field) applies the name.
    expect(pools(store.getState().config)).toBe('bootstrapped:4,legacy:2');
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(pools(store.getState().config)).toBe('bootstrapped:4,old-nodes:2');
    expect(store.getState().config.pools[1]!.kubelet).toBe(before);
    expect(store.getState().editingPool).toBe('old-nodes');
  });

  it('Escape drops a typed name; leaving the field applies a good one', async () => {
    const { user, store } = renderAt(PRESETS['mixed-pools'], 'legacy');
    await user.clear(nameField());
    await user.type(nameField(), 'X{Escape}');
    expect(nameField().value).toBe('legacy');
    await user.clear(nameField());
    await user.type(nameField(), 'spot{Tab}');
    expect(pools(store.getState().config)).toBe('bootstrapped:4,spot:2');
  });

  it('clamps a count the other pools leave no room for, and says so; text is refused and kept', async () => {
    const { user, store } = renderAt(PRESETS['mixed-pools'], 'legacy');
    await user.clear(nodesField());
    expect(screen.getByRole('alert').textContent).toBe(
      'Enter a whole number from 1 to 4,996; 2 still applies.',
    );
    await user.type(nodesField(), '6000');
    expect(screen.getByRole('alert').textContent).toBe(
      '6000 is outside 1–4,996 (the other pools have 4 of the 5,000 nodes): using 4996.',
    );
    expect(pools(store.getState().config)).toBe('bootstrapped:4,legacy:4996');
  });

  it('a count typed for one pool is not shown for another, even one of the same size', async () => {
    const mixed = PRESETS['mixed-pools'];
    const even: Config = { ...mixed, pools: mixed.pools.map((p) => ({ ...p, nodes: 2 })) };
    const { user } = renderAt(even, 'legacy');
    await user.clear(nodesField());
    expect(screen.getByRole('alert')).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: /bootstrapped/ }));
    expect(nodesField().value).toBe('2');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('adds a pool of 1 node by keyboard, edits it, and puts the focus in its name with the text selected', async () => {
    const { user, store } = renderAt(PRESETS['mixed-pools'], 'legacy');
    screen.getByRole('button', { name: 'Add a pool' }).focus();
    await user.keyboard('{Enter}');
    const c = store.getState().config;
    expect(pools(c)).toBe('bootstrapped:4,legacy:2,pool-3:1');
    // Like the pool being edited: legacy's kubelet settings.
    expect(c.pools[2]!.kubelet).toBe(c.pools[1]!.kubelet);
    expect(document.activeElement).toBe(nameField());
    await user.keyboard('gpu{Tab}');
    expect(pools(store.getState().config)).toBe('bootstrapped:4,legacy:2,gpu:1');
    expect(screen.getByRole('status').textContent).toBe('Added a pool of 1 node: name it below.');
  });

  it('refuses a 21st pool with the reason, adding nothing', async () => {
    const twenty: Config = {
      ...PRESETS.kubeadm,
      pools: Array.from({ length: 20 }, (_, i) => ({
        name: `p${i}`,
        nodes: 1,
        kubelet: KUBELET_CONFIG_FILE_DEFAULTS,
      })),
    };
    const { user, store } = renderAt(twenty);
    const add = screen.getByRole('button', { name: 'Add a pool' });
    expect(add.getAttribute('aria-disabled')).toBe('true');
    expect(add.getAttribute('aria-describedby')).toBeTruthy();
    await user.click(add);
    expect(store.getState().config).toBe(twenty);
    expect(screen.getByRole('alert').textContent).toBe(
      'Cannot add a pool: a scenario has at most 20 pools: remove one first.',
    );
  });

  it('moves a pool up and down by keyboard; the focus stays on the button, and the ends do nothing', async () => {
    const { user, store } = renderAt(PRESETS['mixed-pools'], 'legacy');
    const up = screen.getByRole('button', { name: 'Move pool legacy up' });
    up.focus();
    await user.keyboard('{Enter}');
    expect(pools(store.getState().config)).toBe('legacy:2,bootstrapped:4');
    expect(document.activeElement).toBe(up);
    expect(up.getAttribute('aria-disabled')).toBe('true');
    await user.keyboard('{Enter}');
    expect(pools(store.getState().config)).toBe('legacy:2,bootstrapped:4');
    await user.keyboard('{Tab}{Enter}');
    expect(pools(store.getState().config)).toBe('bootstrapped:4,legacy:2');
  });

  it('removes a pool as one undoable step, says so, and moves the focus to the pool list', async () => {
    const { user, store } = renderAt(PRESETS['mixed-pools'], 'legacy');
    screen.getByRole('button', { name: 'Remove pool legacy' }).focus();
    await user.keyboard('{Enter}');
    expect(pools(store.getState().config)).toBe('bootstrapped:4');
    expect(store.getState().previous).toEqual({ config: PRESETS['mixed-pools'], cause: 'pool' });
    expect(screen.getByRole('status').textContent).toBe(
      'Removed pool legacy (2 nodes); “Undo last preset or fix” brings it back with its settings.',
    );
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: /bootstrapped/ }));
    // The last pool stays: nothing to move or remove.
    expect(screen.queryByRole('button', { name: /Remove pool/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /Move pool/ })).toBeNull();
  });
});
