import { describe, expect, it } from 'vitest';
import { fitTransform } from './fit';

describe('fitTransform', () => {
  it.each([
    [1600, 800, 800, 600, 0],
    [1600, 2400, 1000, 500, 0],
    [400, 300, 1600, 900, 0],
    [800, 400, 1000, 400, 40],
  ])(
    'fits a %i×%i drawing inside a %i×%i view less %i px on the right, centred',
    (w, h, vw, vh, right) => {
      const t = fitTransform(w, h, vw, vh, 10, { right, bottom: 0 });
      expect(w * t.k).toBeLessThanOrEqual(vw - 20 - right + 1e-9);
      expect(h * t.k).toBeLessThanOrEqual(vh - 20 + 1e-9);
      // one dimension touches the padding, and the margins on both sides are equal
      expect(Math.min(vw - 20 - right - w * t.k, vh - 20 - h * t.k)).toBeCloseTo(0, 6);
      expect(t.x).toBeCloseTo(vw - right - (t.x + w * t.k), 6);
      expect(t.y).toBeCloseTo(vh - (t.y + h * t.k), 6);
    },
  );

  it('keeps a strip at the bottom free when asked', () => {
    const t = fitTransform(400, 400, 400, 400, 10, { right: 0, bottom: 40 });
    expect(400 * t.k).toBeCloseTo(400 - 20 - 40, 6);
    expect(t.y + 400 * t.k).toBeCloseTo(400 - 40 - t.y, 6);
  });
});
