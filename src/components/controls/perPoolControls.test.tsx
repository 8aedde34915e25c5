// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { setKey } from '../../model/config';
import { PRESETS } from '../../model/presets';
import type { Config } from '../../model/types';
import { createAppStore } from '../../state/store';
import { renderWithStore } from '../../test/renderWithStore';
import { KeyControl } from './KeyControl';
import { KubeletScope } from './KubeletScope';

// mixed-pools (DOMAIN.md §9): bootstrapped serves tls-bootstrap certificates, legacy self-signs;
// every other kubelet value is kubeadm's on both.
const mixed = PRESETS['mixed-pools'];
const values = (c: Config, field: keyof Config['pools'][number]['kubelet']) =>
  c.pools.map((p) => p.kubelet[field]);

function renderControls(config: Config, editing: string | null) {
  const store = createAppStore({ persist: false });
  store.setState({ config, editingPool: editing });
  const ui = (
    <>
      <KubeletScope />
      <KeyControl k="kubelet.servingCertificate" />
      <KeyControl k="kubelet.clientCAFile" />
      <KeyControl k="kubelet.readOnlyPort" />
      <KeyControl k="apiserver.kubeletCertificateAuthority" />
    </>
  );
  return { user: userEvent.setup(), ...renderWithStore(ui, store) };
}

const serving = () => screen.getByLabelText<HTMLSelectElement>(/serverTLSBootstrap/);
const clientCa = () => screen.getByLabelText<HTMLInputElement>(/clientCAFile/);
const port = () => screen.getByLabelText<HTMLInputElement>(/readOnlyPort/);

describe('kubelet controls with several pools', () => {
  it('editing every pool, a value the pools do not share says how it differs, naming the pools', () => {
    renderControls(mixed, null);
    expect(serving().value).toBe('');
    expect(screen.getByRole('option', { name: 'differs between pools' })).toBeTruthy();
    expect(serving().getAttribute('aria-describedby')).toContain('-mixed');
    expect(screen.getByText(/^Differs between pools:/).textContent).toBe(
      '≠ Differs between pools: 1 pool: tls-bootstrap (bootstrapped); 1 pool: self-signed (legacy)',
    );
    // Shared values show as they are, with no such note.
    expect(clientCa().checked).toBe(true);
    expect(screen.getAllByText(/^Differs between pools:/)).toHaveLength(1);
    expect(serving().labels![0]!.textContent).toBe(
      'tlsCertFile / serverTLSBootstrap (--rotate-server-certificates), every pool',
    );
  });

  it('counts the pools per value: "2 pools: true (…), 1 pool: false (…)"', () => {
    const three: Config = {
      ...mixed,
      pools: [...mixed.pools, { ...mixed.pools[0]!, name: 'gpu' }],
    };
    renderControls(setKey(three, 'kubelet.clientCAFile', false, 'legacy'), null);
    expect(clientCa().indeterminate).toBe(true);
    expect(clientCa().checked).toBe(false);
    expect(document.getElementById('ctl-kubelet-clientCAFile-mixed')!.textContent).toBe(
      '≠ Differs between pools: 2 pools: true (bootstrapped, gpu); 1 pool: false (legacy)',
    );
  });

  it('a change while editing every pool sets every pool', async () => {
    const { user, store } = renderControls(mixed, null);
    await user.selectOptions(serving(), 'ca-signed');
    expect(values(store.getState().config, 'servingCertificate')).toEqual([
      'ca-signed',
      'ca-signed',
    ]);
    expect(screen.queryByText(/^Differs between pools:/)).toBeNull();
  });

  it('a mixed number shows no value; typing one sets every pool, a bad one is refused', async () => {
    const { user, store } = renderControls(
      setKey(mixed, 'kubelet.readOnlyPort', 10255, 'legacy'),
      null,
    );
    expect(port().value).toBe('');
    expect(port().placeholder).toBe('differs between pools');
    port().focus();
    await user.paste('70000');
    expect(screen.getByRole('alert').textContent).toContain('Each pool keeps its value.');
    expect(values(store.getState().config, 'readOnlyPort')).toEqual([0, 10255]);
    await user.clear(port());
    await user.type(port(), '0');
    expect(values(store.getState().config, 'readOnlyPort')).toEqual([0, 0]);
  });

  it('editing one pool shows and changes that pool only; cluster-wide keys stay cluster-wide', async () => {
    const { user, store } = renderControls(mixed, 'legacy');
    expect(serving().value).toBe('self-signed');
    expect(serving().labels![0]!.textContent).toContain(', pool legacy');
    await user.click(clientCa());
    expect(values(store.getState().config, 'clientCAFile')).toEqual([true, false]);
    const ca = screen.getByLabelText<HTMLInputElement>(/--kubelet-certificate-authority/);
    expect(ca.labels![0]!.textContent).toBe('--kubelet-certificate-authority');
    await user.click(ca);
    expect(store.getState().config.apiserver.kubeletCertificateAuthority).toBe(false);
  });

  it('"Kubelet settings for" picks the edited pool, by name, or every pool', async () => {
    const { user, store } = renderControls(mixed, null);
    const scope = screen.getByLabelText<HTMLSelectElement>('Kubelet settings for');
    expect([...scope.options].map((o) => o.text)).toEqual([
      'every pool (2 pools, 6 nodes)',
      'pool bootstrapped (4 nodes)',
      'pool legacy (2 nodes)',
    ]);
    await user.selectOptions(scope, 'pool bootstrapped (4 nodes)');
    expect(store.getState().editingPool).toBe('bootstrapped');
    expect(serving().value).toBe('tls-bootstrap');
    await user.selectOptions(scope, 'every pool (2 pools, 6 nodes)');
    expect(store.getState().editingPool).toBeNull();
  });

  it('with one pool there is no pool choice and no pool in the names', () => {
    renderControls(PRESETS.kubeadm, null);
    expect(screen.queryByLabelText('Kubelet settings for')).toBeNull();
    expect(serving().labels![0]!.textContent).toBe(
      'tlsCertFile / serverTLSBootstrap (--rotate-server-certificates)',
    );
  });
});
