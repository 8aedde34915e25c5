import { describe, expect, it } from 'vitest';
import { gestureCss } from './zoomBehaviour';

/** Applies "translate(Xpx,Ypx) scale(S)" (transform-origin 0 0) to a screen point. */
function applyCss(css: string, p: { x: number; y: number }) {
  const m = /^translate\((-?[\d.e-]+)px,(-?[\d.e-]+)px\) scale\(([\d.e-]+)\)$/.exec(css);
  if (!m) throw new Error(`unexpected css ${css}`);
  const [tx, ty, s] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return { x: tx + s * p.x, y: ty + s * p.y };
}

const at = (t: { x: number; y: number; k: number }, p: { x: number; y: number }) => ({
  x: t.x + t.k * p.x,
  y: t.y + t.k * p.y,
});

describe('gestureCss', () => {
  it.each([
    [
      { x: 0, y: 0, k: 1 },
      { x: 40, y: -25, k: 1 },
    ],
    [
      { x: 12, y: 30, k: 0.4 },
      { x: -80, y: 55, k: 0.9 },
    ],
    [
      { x: 300, y: -120, k: 2.5 },
      { x: 310, y: -100, k: 0.3 },
    ],
  ])('moves what was drawn at %o to where %o would draw it', (from, to) => {
    for (const p of [
      { x: 0, y: 0 },
      { x: 820, y: 410 },
      { x: -50, y: 1300 },
    ]) {
      const got = applyCss(gestureCss(from, to), at(from, p));
      const want = at(to, p);
      expect(got.x).toBeCloseTo(want.x, 6);
      expect(got.y).toBeCloseTo(want.y, 6);
    }
  });
});
