// @vitest-environment jsdom
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../model/presets';
import { renderWithStore } from '../../test/renderWithStore';
import { PresetPicker } from './PresetPicker';

const picker = () => screen.getByLabelText<HTMLSelectElement>('Preset');

describe('PresetPicker', () => {
  it('picking a preset applies its config as one undoable step', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<PresetPicker />);
    expect(picker().value).toBe('kubeadm');
    await user.selectOptions(picker(), 'hardened');
    expect(store.getState().config).toEqual(PRESETS.hardened);
    expect(store.getState().previous).toEqual({ config: PRESETS.kubeadm, cause: 'preset' });
    expect(picker().value).toBe('hardened');
  });

  it('names the preset an edit lands on (kubeadm plus the kubelet CA is ca-mismatch, DOMAIN.md §6)', () => {
    const { store } = renderWithStore(<PresetPicker />);
    act(() => store.getState().setConfigKey('apiserver.kubeletCertificateAuthority', true));
    expect(picker().value).toBe('ca-mismatch');
  });

  it('shows "custom (edited)", not selectable, once the config is no preset', () => {
    const { store } = renderWithStore(<PresetPicker />);
    act(() => store.getState().setConfigKey('kubelet.readOnlyPort', 10255));
    expect(picker().value).toBe('custom');
    expect(
      screen.getByRole<HTMLOptionElement>('option', { name: 'custom (edited)' }).disabled,
    ).toBe(true);
    expect(screen.getByText('Edited by hand: pick a preset to start again.')).toBeTruthy();
  });
});
