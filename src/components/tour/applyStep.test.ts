import { describe, expect, it } from 'vitest';
import { statesOf } from '../../model/derive';
import { TOURS } from '../../model/tours';
import { selectPreset, selectSelectedPool } from '../../state/selectors';
import { createAppStore } from '../../state/store';
import { applyTourStep } from './applyStep';

const claimOf = (id: string, pool?: string) => (pool ? `${id}@${pool}` : id);
const steps = TOURS.flatMap((t) => t.steps.map((_, i) => [t.id, i + 1] as const));

describe('applyTourStep', () => {
  it.each(steps)('%s step %i draws the states its narration claims', (id, n) => {
    const tour = TOURS.find((t) => t.id === id)!;
    const step = tour.steps[n - 1]!;
    const store = createAppStore({ persist: false });
    applyTourStep(store, TOURS, tour, n);
    const s = store.getState();
    expect(s.tour).toEqual({ id, step: n });
    const states = statesOf(s.config);
    for (const [claim, state] of Object.entries(step.expect)) {
      const [path, pool] = claim.split('@') as [keyof (typeof states)[number], string | undefined];
      const i = pool === undefined ? 0 : s.config.pools.findIndex((p) => p.name === pool);
      expect([claim, states[i]?.[path]]).toEqual([claim, state]);
    }
    expect(s.selection?.kind === 'path' ? s.selection.id : null).toBe(step.highlight ?? null);
    // The highlighted instance is the one on the step's pool (the first pool when it names none).
    if (step.highlight) {
      const pool = step.highlightPool === undefined ? 0 : s.config.pools.findIndex((p) => p.name === step.highlightPool);
      expect(pool).toBeGreaterThanOrEqual(0);
      expect([claimOf(step.highlight, step.highlightPool), selectSelectedPool(s) ?? 0]).toEqual([claimOf(step.highlight, step.highlightPool), pool]);
    }
  });

  it('picks the attacker position of a step that has one, and keeps the reader’s pick otherwise', () => {
    const store = createAppStore({ persist: false });
    store.getState().setAttacker('node');
    applyTourStep(store, TOURS, TOURS.find((t) => t.id === 'kubelet-ca')!, 1);
    expect(store.getState().attacker).toBe('node');
    const attacker = TOURS.find((t) => t.id === 'attacker')!;
    // The tour's own claim, not the code: step 2 is "a compromised pod".
    expect(attacker.steps[1]!.title).toBe('A compromised pod');
    applyTourStep(store, TOURS, attacker, 2);
    expect(store.getState().attacker).toBe('pod');
  });

  it('names the preset when the step is a preset unchanged', () => {
    const store = createAppStore({ persist: false });
    applyTourStep(store, TOURS, TOURS.find((t) => t.id === 'kubelet-ca')!, 4);
    expect(selectPreset(store.getState())).toBe('kubelet-ca');
  });

  it('ignores a step past the end', () => {
    const store = createAppStore({ persist: false });
    applyTourStep(store, TOURS, TOURS[0]!, 99);
    expect(store.getState().tour).toBeNull();
  });
});
