// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../model/presets';
import { renderWithStore } from '../../test/renderWithStore';
import { PresetPicker } from '../controls/PresetPicker';
import { ImportPanel } from './ImportPanel';

// One kube-apiserver command line: with a kubelet CA and no client certificate it is no preset.
const APISERVER =
  'kube-apiserver --authorization-mode=Node,RBAC --kubelet-certificate-authority=/etc/ca.crt';

async function importAndApply() {
  const user = userEvent.setup();
  const view = renderWithStore(
    <>
      <PresetPicker />
      <ImportPanel />
    </>,
  );
  await user.type(screen.getByLabelText(/Paste a manifest/), APISERVER);
  await user.click(screen.getByRole('button', { name: 'Add pasted text' }));
  const apply = screen.getByRole('button', { name: 'Apply import' });
  await waitFor(() => expect(apply).toHaveProperty('disabled', false));
  await user.click(apply);
  return { user, ...view };
}

describe('ImportPanel: apply and undo', () => {
  it('applies the imported config, and "Undo import" returns to the scenario before it', async () => {
    const { user, store } = await importAndApply();
    const imported = store.getState().config;
    expect(imported.apiserver.kubeletCertificateAuthority).toBe(true);
    expect(imported.apiserver.kubeletClientCertificate).toBe(false);
    const undo = screen.getByRole('button', { name: 'Undo import' });
    expect(undo).toHaveProperty('disabled', false);
    await user.click(undo);
    expect(store.getState().config).toEqual(PRESETS.kubeadm);
    expect(undo).toHaveProperty('disabled', true);
  });

  it('after a preset is picked, "Undo import" is off and cannot bring the imported config back', async () => {
    const { user, store } = await importAndApply();
    await user.selectOptions(screen.getByLabelText('Preset'), 'hardened');
    expect(store.getState().config).toEqual(PRESETS.hardened);
    const undo = screen.getByRole('button', { name: 'Undo import' });
    // The last replacement was the preset, not the import: undoing "the import" now would put the
    // imported config back over the preset (the bug this guards).
    expect(undo).toHaveProperty('disabled', true);
    await user.click(undo);
    expect(store.getState().config).toEqual(PRESETS.hardened);
  });
});
