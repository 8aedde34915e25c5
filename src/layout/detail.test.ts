import { describe, expect, it } from 'vitest';
import { detailLevel } from './detail';
import { FONTS } from './text';

// Secondary text is 12 units wide-mode: at k it renders 12·k px; names (14 units) 14·k px.
describe('detailLevel', () => {
  it.each([
    [1, 11, 'high'],
    [11 / 12, 11, 'high'],
    [0.9, 11, 'medium'],
    [1, 14, 'medium'],
    [14 / 12, 14, 'high'],
    [0.43, 11, 'medium'],
    [0.42, 11, 'low'],
  ] as const)('at zoom %f with a %i px minimum draws %s detail', (k, min, level) => {
    expect(detailLevel(k, FONTS.wide, min)).toBe(level);
  });

  it('never loses detail when zooming in', () => {
    const order = { low: 0, medium: 1, high: 2 };
    let prev = 0;
    for (let k = 0.05; k < 10; k *= 1.1) {
      const d = order[detailLevel(k, FONTS.narrow, 10)];
      expect(d).toBeGreaterThanOrEqual(prev);
      prev = d;
    }
  });
});
