/** A point in diagram (world) coordinates. */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** An axis-aligned box in diagram coordinates. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** Rounds to one decimal: path strings stay short and deterministic. */
const r1 = (v: number): number => Math.round(v * 10) / 10;

/** True when two boxes share interior area (touching edges do not count). */
export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/** True when `inner` lies inside `outer` (edges included). */
export function contains(outer: Box, inner: Box): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.w <= outer.x + outer.w &&
    inner.y + inner.h <= outer.y + outer.h
  );
}

/** A vertical S-curve from `a` to `b` (tangents vertical at both ends): spokes leave the hub downward. */
export function edgePath(a: Point, b: Point): string {
  const my = r1((a.y + b.y) / 2);
  return `M${r1(a.x)},${r1(a.y)}C${r1(a.x)},${my} ${r1(b.x)},${my} ${r1(b.x)},${r1(b.y)}`;
}

/** The same curve as edgePath without the leading move, to continue a path. */
export function curveTo(a: Point, b: Point): string {
  const my = r1((a.y + b.y) / 2);
  return `C${r1(a.x)},${my} ${r1(b.x)},${my} ${r1(b.x)},${r1(b.y)}`;
}

/** A straight segment continuing a path. */
export const lineTo = (p: Point): string => `L${r1(p.x)},${r1(p.y)}`;

/** Starts a path at `p`. */
export const moveTo = (p: Point): string => `M${r1(p.x)},${r1(p.y)}`;
