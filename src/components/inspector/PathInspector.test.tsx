// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { setKey } from '../../model/config';
import { withPoolSizes } from '../../model/pools';
import { PRESETS } from '../../model/presets';
import type { Config } from '../../model/types';
import { instanceKey } from '../../state/instanceKeys';
import { createAppStore } from '../../state/store';
import { renderWithStore } from '../../test/renderWithStore';
import { PathInspector } from './PathInspector';

function inspect(config: Config, pool: number) {
  const store = createAppStore({ persist: false });
  const key = instanceKey(config.pools, { id: 'apiserver-kubelet', pool });
  store.setState({ config, selection: { kind: 'path', id: 'apiserver-kubelet', key } });
  return {
    user: userEvent.setup(),
    ...renderWithStore(<PathInspector id="apiserver-kubelet" instance={key} />, store),
  };
}

const body = () =>
  document.querySelector<HTMLElement>('[data-inspected-path="apiserver-kubelet"]')!;
const value = (key: string) =>
  document.querySelector<HTMLElement>(`[data-testid="pool-values"] [data-key="${key}"]`)!;

// The CA roll-out before the flag: bootstrapped (4 nodes) bootstraps its serving certificates,
// legacy (2 nodes) self-signs, and --kubelet-certificate-authority is not set yet.
const beforeFlag = setKey(
  withPoolSizes(PRESETS.kubeadm, [
    { name: 'bootstrapped', nodes: 4 },
    { name: 'legacy', nodes: 2 },
  ]),
  'kubelet.servingCertificate',
  'tls-bootstrap',
  'bootstrapped',
);

describe('PathInspector on a pool', () => {
  it('names the pool, shows its state and its kubelet values, and what the other pool has instead', () => {
    inspect(PRESETS['mixed-pools'], 1);
    expect([body().dataset['inspectedPool'], body().dataset['state']]).toEqual([
      'legacy',
      'broken',
    ]);
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe(
      'apiserver → kubelet :10250 on pool legacy (2 nodes)',
    );
    expect(body().querySelector('.inspector-id code')!.textContent).toBe(
      'apiserver-kubelet@legacy',
    );
    expect(value('kubelet.servingCertificate').dataset['value']).toBe('self-signed');
    expect(value('kubelet.servingCertificate').textContent).toContain(
      'pool bootstrapped: tls-bootstrap',
    );
    // A value both pools share names no other pool.
    expect(value('kubelet.clientCAFile').textContent).toBe(
      'authentication.x509.clientCAFile (--client-ca-file)true',
    );
  });

  it('the other pool of the same scenario is secure, with its own values', () => {
    inspect(PRESETS['mixed-pools'], 0);
    expect([body().dataset['inspectedPool'], body().dataset['state']]).toEqual([
      'bootstrapped',
      'secure',
    ]);
    expect(value('kubelet.servingCertificate').dataset['value']).toBe('tls-bootstrap');
  });

  it('a cluster-wide fix says what it does to each pool: the kubelet CA breaks the self-signing pool (DOMAIN.md §9)', () => {
    inspect(beforeFlag, 0);
    expect(body().dataset['state']).toBe('unverified');
    const fix = [...document.querySelectorAll<HTMLElement>('.fix')].find((f) =>
      within(f).queryByText('--kubelet-certificate-authority'),
    )!;
    expect(within(fix).getByTestId('fix-pools').textContent).toBe(
      'On each pool: verifies logs/exec on pool bootstrapped (4 nodes); breaks logs/exec on pool legacy (2 nodes): its kubelets self-sign',
    );
  });

  it('a fix made on the pool only names the pool in its key and has no per-pool line', () => {
    inspect(PRESETS['mixed-pools'], 1);
    const fix = [...document.querySelectorAll<HTMLElement>('.fix')].find((f) =>
      f.textContent!.includes('pools.legacy.kubelet.servingCertificate'),
    )!;
    expect(fix).toBeTruthy();
    expect(within(fix).queryByTestId('fix-pools')).toBeNull();
  });

  it('with one pool the instance is every node and the values are "every node"', () => {
    inspect(PRESETS.kubeadm, 0);
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe(
      'apiserver → kubelet :10250 on each of the 3 nodes',
    );
    expect(body().querySelector('.inspector-id code')!.textContent).toBe('apiserver-kubelet');
    expect(screen.getByTestId('pool-values').querySelector('summary')!.textContent).toBe(
      'Kubelet settings (every node)',
    );
  });
});
