import { describe, expect, it } from 'vitest';
import { statesOf } from '../../model/derive';
import { TOURS } from '../../model/tours';
import { selectPreset } from '../../state/selectors';
import { createAppStore } from '../../state/store';
import { applyTourStep } from './applyStep';

const steps = TOURS.flatMap((t) => t.steps.map((_, i) => [t.id, i + 1] as const));

describe('applyTourStep', () => {
  it.each(steps)('%s step %i draws the states its narration claims', (id, n) => {
    const tour = TOURS.find((t) => t.id === id)!;
    const step = tour.steps[n - 1]!;
    const store = createAppStore({ persist: false });
    applyTourStep(store, tour, n);
    const s = store.getState();
    expect(s.tour).toEqual({ id, step: n });
    const states = statesOf(s.config);
    for (const [path, state] of Object.entries(step.expect)) expect([path, states[path as keyof typeof states]]).toEqual([path, state]);
    expect(s.selection?.kind === 'path' ? s.selection.id : null).toBe(step.highlight ?? null);
  });

  it('names the preset when the step is a preset unchanged', () => {
    const store = createAppStore({ persist: false });
    applyTourStep(store, TOURS.find((t) => t.id === 'kubelet-ca')!, 4);
    expect(selectPreset(store.getState())).toBe('kubelet-ca');
  });

  it('ignores a step past the end', () => {
    const store = createAppStore({ persist: false });
    applyTourStep(store, TOURS[0]!, 99);
    expect(store.getState().tour).toBeNull();
  });
});
