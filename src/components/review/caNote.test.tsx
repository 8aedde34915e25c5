// @vitest-environment jsdom
import { waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Config } from '../../model/types';
import { scenario } from '../../model/testing';
import { createAppStore } from '../../state/store';
import { renderWithStore } from '../../test/renderWithStore';
import { Inspector } from '../inspector/Inspector';
import { PlanPanel } from './PlanPanel';

// DOMAIN.md §8: --kubelet-certificate-authority breaks logs/exec only while kubelets self-sign.
const CA_NOTE = /kubelets need CA-signed serving certificates first/;
const CA_FLAG = '--kubelet-certificate-authority';

async function renderBoth(config: Config) {
  const store = createAppStore({ persist: false });
  store.setState({
    config,
    selection: { kind: 'path', id: 'apiserver-kubelet', key: 'apiserver-kubelet@node-1' },
  });
  renderWithStore(
    <>
      <Inspector />
      <PlanPanel />
    </>,
    store,
  );
  // The inspector's fix and the plan's step that set the kubelet CA, each with its notes (the
  // path inspector loads lazily).
  await waitFor(() => expect(document.querySelectorAll('li.fix').length).toBeGreaterThan(0));
  const fix = [...document.querySelectorAll<HTMLElement>('li.fix')].find((li) =>
    li.textContent?.includes(CA_FLAG),
  );
  const step = document.querySelector<HTMLElement>(
    '.plan-step[data-key="apiserver.kubeletCertificateAuthority"]',
  );
  if (!fix || !step) throw new Error('expected a fix and a plan step that set the kubelet CA');
  return { fix, step };
}

describe('the kubelet-CA side-effect note is the same in the inspector and the plan', () => {
  it('kubelets already bootstrap CA-signed serving certificates: neither warns', async () => {
    const { fix, step } = await renderBoth(
      scenario('kubeadm', { 'kubelet.servingCertificate': 'tls-bootstrap' }),
    );
    expect(within(fix).queryByText(CA_NOTE)).toBeNull();
    expect(within(step).queryByText(CA_NOTE)).toBeNull();
  });

  it('kubelets serve a tlsCertFile from the CA: neither warns', async () => {
    const { fix, step } = await renderBoth(
      scenario('kubeadm', { 'kubelet.servingCertificate': 'ca-signed' }),
    );
    expect(within(fix).queryByText(CA_NOTE)).toBeNull();
    expect(within(step).queryByText(CA_NOTE)).toBeNull();
  });
});
