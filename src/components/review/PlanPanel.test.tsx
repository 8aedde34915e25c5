// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { statesOf } from '../../model/derive';
import { PRESETS, type PresetName } from '../../model/presets';
import { createAppStore } from '../../state/store';
import { renderWithStore } from '../../test/renderWithStore';
import { instanceKey } from '../../state/instanceKeys';
import { PlanPanel } from './PlanPanel';

const status = () => screen.getByTestId('plan-status');
const SAFE_OR_ABSENT = ['secure', 'tunneled', 'disabled'];

function renderAt(preset: PresetName, select?: 'apiserver-kubelet') {
  const store = createAppStore({ persist: false });
  store.getState().replaceConfig(PRESETS[preset], 'preset');
  if (select) store.getState().select({ kind: 'path', id: select, key: `${select}@node-1` });
  return { user: userEvent.setup(), ...renderWithStore(<PlanPanel />, store) };
}

describe('PlanPanel', () => {
  it('says so when every path is already safe (hardened, DOMAIN.md §6)', () => {
    renderAt('hardened');
    expect(status().dataset['plan']).toBe('safe');
    expect(screen.queryByRole('button', { name: 'Apply the plan' })).toBeNull();
  });

  it('applies the cluster plan as one undoable step that leaves no path unsafe or broken', async () => {
    const { user, store } = renderAt('ca-mismatch');
    expect(status().dataset['plan']).toBe('steps');
    const steps = document.querySelectorAll('.plan-step').length;
    expect(status().textContent).toContain(`${steps} change${steps === 1 ? '' : 's'}`);
    await user.click(screen.getByRole('button', { name: 'Apply the plan' }));
    for (const [id, state] of Object.entries(statesOf(store.getState().config)[0]!))
      expect([id, SAFE_OR_ABSENT.includes(state)]).toEqual([id, true]);
    expect(store.getState().previous).toEqual({ config: PRESETS['ca-mismatch'], cause: 'plan' });
    expect(store.getState().notices.map((n) => n.id)).toContain('plan-applied');
    expect(status().dataset['plan']).toBe('safe');
  });

  it('plans for the selected path only, or for the whole cluster when asked', async () => {
    const { user } = renderAt('ca-mismatch', 'apiserver-kubelet');
    const panel = screen.getByTestId('plan-panel');
    expect(panel.dataset['scope']).toBe('apiserver-kubelet');
    // ca-mismatch breaks the path because kubelets self-sign: the path's plan fixes the certificates.
    expect(
      document.querySelector('.plan-step[data-key="kubelet.servingCertificate"]'),
    ).not.toBeNull();
    const pathSteps = document.querySelectorAll('.plan-step').length;
    await user.click(screen.getByLabelText('every path of the cluster'));
    expect(panel.dataset['scope']).toBe('cluster');
    expect(document.querySelectorAll('.plan-step').length).toBeGreaterThan(pathSteps);
  });

  it('mixed-pools: 3 changes (DOMAIN.md §9); the certificates step is on pool legacy only, with a KubeletConfiguration for that pool', () => {
    renderAt('mixed-pools');
    expect(status().textContent).toContain('3 changes');
    const step = document.querySelector<HTMLElement>('.plan-step[data-key="pools.legacy.kubelet.servingCertificate"]')!;
    expect(step.dataset['pools']).toBe('legacy');
    expect(step.querySelector('.plan-where')!.textContent).toBe('on pool legacy');
    expect(screen.getByLabelText('Done: tlsCertFile / serverTLSBootstrap (--rotate-server-certificates) on pool legacy')).toBeTruthy();
    const kubelet = [...document.querySelectorAll<HTMLElement>('[data-snippet="kubelet-configuration"]')];
    expect(kubelet.map((k) => k.dataset['pools'])).toEqual(['legacy']);
    expect(kubelet[0]!.textContent).toContain('KubeletConfiguration fragment (pool legacy)');
    // Cluster-wide steps say so.
    for (const el of document.querySelectorAll('.plan-step:not([data-pools]) .plan-where')) expect(el.textContent).toBe('cluster-wide');
  });

  it('plans for the selected pool’s instance, and applying it is one undoable step', async () => {
    const store = createAppStore({ persist: false });
    const config = PRESETS['mixed-pools'];
    store.setState({ config, selection: { kind: 'path', id: 'apiserver-kubelet', key: instanceKey(config.pools, { id: 'apiserver-kubelet', pool: 1 }) } });
    const user = userEvent.setup();
    renderWithStore(<PlanPanel />, store);
    expect(screen.getByTestId('plan-panel').dataset['scope']).toBe('apiserver-kubelet@legacy');
    expect(screen.getByLabelText(/the selected path only/).closest('label')!.textContent).toContain('on pool legacy');
    await user.click(screen.getByRole('button', { name: 'Apply the plan' }));
    expect(statesOf(store.getState().config)[1]!['apiserver-kubelet']).toMatch(/^(secure|tunneled)$/);
    expect(store.getState().previous).toEqual({ config, cause: 'plan' });
  });
});
