import { describe, expect, it } from 'vitest';
import { countCrossings, flatten } from './crossings';

describe('countCrossings', () => {
  it.each([
    ['an X', ['M0,0L10,10', 'M0,10L10,0'], 1],
    ['parallel lines', ['M0,0L10,0', 'M0,5L10,5'], 0],
    ['two lines from one end', ['M0,0L10,10', 'M0,0L10,0'], 0],
    ['a line ending on another', ['M0,5L5,5', 'M5,0L5,10'], 0],
    ['a curve through a line twice', ['M0,0C0,20 10,20 10,0', 'M-5,5L15,5'], 2],
    ['a corner past a line', ['M0,0L0,10Q0,20 10,20L20,20', 'M5,30L5,12'], 1],
    ['three lines through one point, pairwise', ['M0,0L10,10', 'M0,10L10,0', 'M5,-5L5,15'], 3],
    ['disjoint boxes', ['M0,0L1,1', 'M5,5L6,6'], 0],
  ])('counts %s', (_, paths, n) => {
    expect(countCrossings(paths)).toBe(n);
  });

  it('flattens M, L, C and Q into points, curves sampled', () => {
    const [line] = flatten('M0,0L10,0C10,10 20,10 20,0Q30,0 30,10');
    expect(line![0]).toEqual({ x: 0, y: 0 });
    expect(line!.at(-1)).toEqual({ x: 30, y: 10 });
    expect(line!.length).toBe(2 + 16 + 16);
  });

  it('refuses a command it cannot read', () => {
    expect(() => flatten('M0,0A5,5 0 0 1 10,10')).toThrow(/unsupported/);
  });
});
