import { describe, expect, it } from 'vitest';
import { fitTransform } from './fit';

describe('fitTransform', () => {
  it.each([
    [1600, 800, 800, 600],
    [1600, 2400, 1000, 500],
    [400, 300, 1600, 900],
  ])('fits a %i×%i drawing inside a %i×%i view, centred', (w, h, vw, vh) => {
    const t = fitTransform(w, h, vw, vh, 10);
    expect(w * t.k).toBeLessThanOrEqual(vw - 20 + 1e-9);
    expect(h * t.k).toBeLessThanOrEqual(vh - 20 + 1e-9);
    // one dimension touches the padding, and the margins on both sides are equal
    expect(Math.min(vw - 20 - w * t.k, vh - 20 - h * t.k)).toBeCloseTo(0, 6);
    expect(t.x).toBeCloseTo(vw - (t.x + w * t.k), 6);
    expect(t.y).toBeCloseTo(vh - (t.y + h * t.k), 6);
  });
});
