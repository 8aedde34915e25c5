// @vitest-environment jsdom
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { setKey } from '../../model/config';
import { PRESETS } from '../../model/presets';
import { createAppStore } from '../../state/store';
import { renderWithStore } from '../../test/renderWithStore';
import { AttackerPicker } from './AttackerPicker';
import { AttackerReport } from './AttackerReport';

// jsdom has no CSS.escape, which user-event's radio arrow keys use to find the group.
(globalThis.window as { CSS?: Partial<typeof CSS> }).CSS ??= {
  escape: (s: string) => s.replace(/[^\w-]/g, (c) => `\\${c}`),
};

// The picker's words, written from DOMAIN.md §10 and issue 15, not read from POSITION_SPECS.
const CHOICES = [
  'nobody',
  'on the link',
  'in the node network',
  'a compromised pod',
  'a compromised node',
  'anyone who reaches a node',
];

function renderPicker(untrusted = true) {
  const store = createAppStore({ persist: false });
  store
    .getState()
    .replaceConfig(setKey(PRESETS['flags-only'], 'network.untrusted', untrusted), 'import');
  return {
    user: userEvent.setup(),
    ...renderWithStore(
      <>
        <AttackerPicker />
        <AttackerReport />
      </>,
      store,
    ),
  };
}

const opener = () => screen.getByRole('button', { name: /^Attacker:/ });
const group = () => screen.findByRole('group', { name: 'Who is the attacker?' }, { timeout: 5000 });

describe('AttackerPicker', () => {
  it('names every position in a radio group, nobody first and checked', async () => {
    const { user } = renderPicker();
    expect(opener().textContent).toBe('Attacker: none');
    expect(opener().getAttribute('aria-expanded')).toBe('false');
    await user.click(opener());
    const radios = within(await group()).getAllByRole('radio');
    expect(
      radios.map((r) => r.closest('label')!.querySelector('.attacker-option-label')!.textContent),
    ).toEqual(CHOICES);
    expect(radios.map((r) => (r as HTMLInputElement).checked)).toEqual([
      true,
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(opener().getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('radio', { name: /a compromised pod/ })).toHaveProperty(
      'checked',
      false,
    );
  });

  it('by keyboard: opening focuses the checked choice, arrows pick and show at once, Escape closes back on the button', async () => {
    const { user, store } = renderPicker();
    opener().focus();
    await user.keyboard('{Enter}');
    const g = await group();
    await waitFor(() =>
      expect(document.activeElement).toBe(within(g).getByRole('radio', { name: /nobody/ })),
    );
    await user.keyboard('{ArrowDown}');
    expect(store.getState().attacker).toBe('link');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(store.getState().attacker).toBe('pod');
    expect(opener().textContent).toContain('Attacker: a compromised pod');
    // What the position can do shows beside the picker, from the model's words.
    expect((await screen.findByTestId('attacker-summary')).textContent).toMatch(
      /^A compromised pod can exploit 2 paths on 3 nodes: exec in every pod/,
    );
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Who is the attacker?' })).toBeNull();
    expect(document.activeElement).toBe(opener());
    await user.click(opener());
    await user.click(within(await group()).getByRole('radio', { name: /nobody/ }));
    expect(store.getState().attacker).toBeNull();
    expect(screen.queryByTestId('attacker-summary')).toBeNull();
  });

  it('says the link “would be, on an untrusted network” when the network is marked trusted', async () => {
    const { user } = renderPicker(false);
    await user.click(opener());
    const link = within(await group()).getByRole('radio', { name: /on the link/ });
    expect(document.getElementById(link.getAttribute('aria-describedby')!)!.textContent).toContain(
      'would be, on an untrusted network',
    );
    const pod = within(await group()).getByRole('radio', { name: /a compromised pod/ });
    expect(
      document.getElementById(pod.getAttribute('aria-describedby')!)!.textContent,
    ).not.toContain('untrusted network');
    await user.click(link);
    const summary = await screen.findByTestId('attacker-summary');
    expect(summary.dataset['present']).toBe('false');
    expect(summary.textContent).toContain('could, on an untrusted network, exploit');
  });

  it('lists the paths the position exploits as buttons that select them for the inspector', async () => {
    const { user, store } = renderPicker();
    act(() => store.getState().setAttacker('pod'));
    const list = await screen.findByRole('list', { name: 'Paths a compromised pod can exploit' });
    expect(
      within(list)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['apiserver → kubelet :10250', 'anyone → kubelet :10255']);
    await user.click(within(list).getByRole('button', { name: 'anyone → kubelet :10255' }));
    expect(store.getState().selection).toEqual({
      kind: 'path',
      id: 'kubelet-readonly',
      key: 'kubelet-readonly@default',
    });
  });
});
