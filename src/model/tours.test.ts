import { describe, expect, it } from 'vitest';
import { positionViews } from './attackerView';
import { POSITIONS } from './attackers';
import { formatValue, isConfigKey, parseTarget, parseValue, sameValue, type ConfigValue } from './config';
import { PRESET_NAMES } from './presets';
import { statesOf } from './derive';
import { stepConfig, tourById } from './tour';
import { TOURS } from './tours';
import { PATH_IDS, STATES, type PathId } from './types';

const steps = TOURS.flatMap((t) => t.steps.map((s, i) => [t.id, i + 1, s] as const));
const predicts = steps.filter(([, , s]) => s.predict);

describe('workshop tours', () => {
  it('ship the seven tours with unique ids and at least two steps each', () => {
    expect(TOURS.map((t) => t.id)).toEqual([
      'kubelet-ca',
      'ca-mismatch',
      'proxy',
      'konnectivity',
      'ssh-history',
      'pool-by-pool',
      'attacker',
    ]);
    for (const t of TOURS) {
      expect(t.steps.length).toBeGreaterThanOrEqual(2);
      expect(tourById(TOURS, t.id)).toBe(t);
    }
    expect(tourById(TOURS, 'nope')).toBeUndefined();
  });

  it.each(steps)(
    '%s step %i has a valid scenario, a real highlighted path and narration',
    (_, __, step) => {
      expect(PRESET_NAMES).toContain(step.scenario.preset);
      for (const [key, value] of Object.entries(step.scenario.set ?? {}) as [string, ConfigValue][]) {
        const target = parseTarget(key);
        expect(target.ok, key).toBe(true);
        if (!target.ok) continue;
        expect(isConfigKey(target.value.key), key).toBe(true);
        if (target.value.pool !== undefined) expect(stepConfig(step).pools.map((p) => p.name)).toContain(target.value.pool);
        const parsed = parseValue(target.value.key, formatValue(value));
        expect(parsed.ok && sameValue(parsed.value, value), `${key}=${formatValue(value)}`).toBe(true);
      }
      if (step.highlight) {
        expect(PATH_IDS).toContain(step.highlight);
        // The highlighted path's state is always pinned, so the narration cannot drift from the engine.
        const pinned = step.expect[step.highlight] ?? (step.highlightPool ? step.expect[`${step.highlight}@${step.highlightPool}`] : undefined);
        expect(pinned).toBeDefined();
      }
      expect(step.narration.length).toBeGreaterThan(40);
    },
  );

  it.each(steps)(
    '%s step %i: the states its narration claims are what the rules engine computes',
    (_, __, step) => {
      const config = stepConfig(step);
      const states = statesOf(config);
      for (const [claim, want] of Object.entries(step.expect)) {
        const [id, pool] = claim.split('@') as [PathId, string | undefined];
        const pools = pool === undefined ? config.pools.map((_, i) => i) : [config.pools.findIndex((p) => p.name === pool)];
        expect(pools.every((i) => i >= 0), claim).toBe(true);
        for (const i of pools) expect(states[i]![id], `${claim} on ${config.pools[i]!.name}`).toBe(want);
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
      const config = stepConfig(step);
      const i = p.pool === undefined ? 0 : config.pools.findIndex((x) => x.name === p.pool);
      expect(i).toBeGreaterThanOrEqual(0);
      expect(statesOf(config)[i]![p.path]).toBe(p.answer);
    },
  );

  const attackerSteps = steps.filter(([, , s]) => s.attacker);
  it.each(attackerSteps)('%s step %i: the attacker can exploit exactly the paths its narration claims', (_, __, step) => {
    const view = positionViews(stepConfig(step)).find((v) => v.position === step.attacker)!;
    expect(view.paths).toEqual(step.exposed);
  });

  it('looks from every attacker position in the attacker tour, and ends on hardened from the node network', () => {
    const tour = tourById(TOURS, 'attacker')!;
    expect(new Set(tour.steps.map((s) => s.attacker))).toEqual(new Set(POSITIONS));
    expect(tour.steps.at(-1)).toMatchObject({ scenario: { preset: 'hardened' }, attacker: 'node-network' });
  });

  it('has a prediction in every tour', () => {
    expect(new Set(predicts.map(([id]) => id))).toEqual(new Set(TOURS.map((t) => t.id)));
  });
});
