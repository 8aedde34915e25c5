import { describe, expect, it } from 'vitest';
import { formatValue, isConfigKey, parseValue, sameValue, type ConfigKey } from './config';
import { PRESET_NAMES } from './presets';
import { statesOf } from './derive';
import { findTour, stepConfig, TOURS } from './tours';
import { PATH_IDS, STATES } from './types';

const steps = TOURS.flatMap((t) => t.steps.map((s, i) => [t.id, i + 1, s] as const));
const predicts = steps.filter(([, , s]) => s.predict);

describe('workshop tours', () => {
  it('ship the five tours of issue 5 with unique ids and at least two steps each', () => {
    expect(TOURS.map((t) => t.id)).toEqual([
      'kubelet-ca',
      'ca-mismatch',
      'proxy',
      'konnectivity',
      'ssh-history',
    ]);
    for (const t of TOURS) {
      expect(t.steps.length).toBeGreaterThanOrEqual(2);
      expect(findTour(t.id)).toBe(t);
    }
    expect(findTour('nope')).toBeUndefined();
  });

  it.each(steps)(
    '%s step %i has a valid scenario, a real highlighted path and narration',
    (_, __, step) => {
      expect(PRESET_NAMES).toContain(step.scenario.preset);
      for (const [key, value] of Object.entries(step.scenario.set ?? {})) {
        expect(isConfigKey(key), key).toBe(true);
        const parsed = parseValue(key as ConfigKey, formatValue(value));
        expect(parsed.ok && sameValue(parsed.value, value), `${key}=${formatValue(value)}`).toBe(
          true,
        );
      }
      if (step.highlight) {
        expect(PATH_IDS).toContain(step.highlight);
        // The highlighted path's state is always pinned, so the narration cannot drift from the engine.
        expect(step.expect[step.highlight]).toBeDefined();
      }
      expect(step.narration.length).toBeGreaterThan(40);
    },
  );

  it.each(steps)(
    '%s step %i: the states its narration claims are what the rules engine computes',
    (_, __, step) => {
      const states = statesOf(stepConfig(step))[0]!;
      for (const [id, want] of Object.entries(step.expect)) {
        expect(states[id as keyof typeof states], id).toBe(want);
      }
    },
  );

  it.each(steps)('%s step %i names no state that its expectations do not back', (_, __, step) => {
    const expected = new Set(Object.values(step.expect));
    // "never tunneled" / "not secure" are denials, not claims.
    const claimed = [
      ...step.narration.matchAll(
        /(?<!never |not )\b(secure|tunneled|unverified|plaintext|broken)\b/g,
      ),
    ].map((m) => m[1]);
    for (const state of claimed) expect(expected, `narration says "${state}"`).toContain(state);
  });

  it.each(predicts)(
    '%s step %i: the predicted answer is a choice and matches the engine',
    (_, __, step) => {
      const p = step.predict!;
      expect(p.choices).toContain(p.answer);
      for (const c of p.choices) expect(STATES).toContain(c);
      expect(new Set(p.choices).size).toBe(p.choices.length);
      expect(statesOf(stepConfig(step))[0]![p.path]).toBe(p.answer);
    },
  );

  it('has a prediction in every tour', () => {
    expect(new Set(predicts.map(([id]) => id))).toEqual(new Set(TOURS.map((t) => t.id)));
  });
});
