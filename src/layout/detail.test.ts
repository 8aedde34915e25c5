import { describe, expect, it } from 'vitest';
import { detailLevel } from './detail';

describe('detailLevel', () => {
  it.each([
    [1, 1, 'high'],
    [0.7, 1, 'high'],
    [0.5, 1, 'medium'],
    [1, 0.3, 'low'],
    [4, 0.3, 'high'],
    [0.6, 0.09, 'low'],
    [8, 0.09, 'high'],
  ] as const)('at zoom %f with card scale %f draws %s detail', (k, s, level) => {
    expect(detailLevel(k, s)).toBe(level);
  });

  it('never loses detail when zooming in', () => {
    const order = { low: 0, medium: 1, high: 2 };
    let prev = 0;
    for (let k = 0.05; k < 10; k *= 1.1) {
      const d = order[detailLevel(k, 0.2)];
      expect(d).toBeGreaterThanOrEqual(prev);
      prev = d;
    }
  });
});
