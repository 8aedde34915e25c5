// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../model/presets';
import { createAppStore } from '../../state/store';
import { renderWithStore } from '../../test/renderWithStore';
import { ComparePanel } from '../review/ComparePanel';
import { PlanPanel } from '../review/PlanPanel';

function storeAt(preset: 'flags-only' | 'hardened') {
  const store = createAppStore({ persist: false });
  // The default scenario (kubeadm) becomes the one before the last replacement.
  store.getState().replaceConfig(PRESETS[preset], 'preset');
  return store;
}

describe('what a change takes away from each attacker position', () => {
  it('the plan panel: on flags-only the plan tunnels the proxies and closes the read-only port', () => {
    renderWithStore(<PlanPanel />, storeAt('flags-only'));
    const text = screen.getByTestId('attacker-changes').textContent!;
    // By hand (DOMAIN.md §10): the link loses the unverified kubelet path (tunneled now) and the
    // plaintext proxies; a pod keeps the anonymous kubelet but loses :10255.
    expect(text).toMatch(/^For attackers, after the plan:/);
    expect(text).toContain('nothing left for someone on the link');
    expect(text).toContain('a compromised pod: 2 paths → 1 path');
  });

  it('the compare panel: from kubeadm to flags-only a pod goes from nothing to two paths', () => {
    renderWithStore(<ComparePanel />, storeAt('flags-only'));
    const text = screen.getByTestId('attacker-changes').textContent!;
    expect(text).toMatch(/^For attackers, going from the baseline to now:/);
    expect(text).toContain('a compromised pod: 0 paths → 2 paths');
    expect(text).toContain('anyone who reaches a node: 0 paths → 2 paths');
  });

  it('says nothing for attackers when the plan has nothing to do', () => {
    renderWithStore(<PlanPanel />, storeAt('hardened'));
    expect(screen.queryByTestId('attacker-changes')).toBeNull();
  });
});
