// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { statesOf } from '../../model/derive';
import { PRESETS, type PresetName } from '../../model/presets';
import { createAppStore } from '../../state/store';
import { renderWithStore } from '../../test/renderWithStore';
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
});
