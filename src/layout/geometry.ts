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

/**
 * One segment of a route: a straight line, a vertical S-curve (tangents vertical at both ends, as
 * lines leave and enter the band), or a rounded corner (quadratic, control point at the corner).
 */
export type Segment =
  | { readonly kind: 'line'; readonly to: Point }
  | { readonly kind: 'curve'; readonly to: Point }
  | { readonly kind: 'corner'; readonly at: Point; readonly to: Point };

/** A route from `start` through its segments. */
export interface Polyroute {
  readonly start: Point;
  readonly segments: readonly Segment[];
}

const pt = (p: Point) => `${r1(p.x)},${r1(p.y)}`;

/** The SVG path string of a route (absolute M, L, C and Q commands). */
export function pathString(route: Polyroute): string {
  let d = `M${pt(route.start)}`;
  let at = route.start;
  for (const s of route.segments) {
    if (s.kind === 'line') d += `L${pt(s.to)}`;
    else if (s.kind === 'corner') d += `Q${pt(s.at)} ${pt(s.to)}`;
    else {
      const my = (at.y + s.to.y) / 2;
      d += `C${pt({ x: at.x, y: my })} ${pt({ x: s.to.x, y: my })} ${pt(s.to)}`;
    }
    at = s.to;
  }
  return d;
}

/** The same route travelled the other way (each segment kind is symmetric). */
export function reverseRoute(route: Polyroute): Polyroute {
  const points = [route.start, ...route.segments.map((s) => s.to)];
  const segments: Segment[] = [];
  for (let i = route.segments.length - 1; i >= 0; i--) {
    const s = route.segments[i]!;
    const to = points[i]!;
    segments.push(s.kind === 'corner' ? { kind: 'corner', at: s.at, to } : { kind: s.kind, to });
  }
  return { start: points.at(-1)!, segments };
}
