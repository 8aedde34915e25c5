import type { Point } from './geometry';

/** Points along an SVG path string of absolute M, L, C and Q commands (curves sampled in 16 steps). */
export function flatten(d: string): Point[][] {
  const tokens = d.match(/[a-df-z]|-?\d*\.?\d+(?:e-?\d+)?/gi) ?? [];
  const out: Point[][] = [];
  let line: Point[] = [];
  let at: Point = { x: 0, y: 0 };
  let i = 0;
  const num = () => Number(tokens[i++]);
  const point = () => ({ x: num(), y: num() });
  let cmd = '';
  while (i < tokens.length) {
    if (/^[a-z]$/i.test(tokens[i]!)) cmd = tokens[i++]!;
    if (!/^[MLCQ]$/.test(cmd))
      throw new Error(`flatten: unsupported path command "${cmd}" in "${d.slice(0, 40)}"`);
    if (cmd === 'M') {
      if (line.length > 1) out.push(line);
      at = point();
      line = [at];
    } else if (cmd === 'L') {
      at = point();
      line.push(at);
    } else {
      const c = cmd === 'C' ? [at, point(), point(), point()] : [at, point(), point()];
      for (let s = 1; s <= 16; s++) line.push(bezier(c, s / 16));
      at = c.at(-1)!;
    }
  }
  if (line.length > 1) out.push(line);
  return out;
}

function bezier(c: readonly Point[], t: number): Point {
  let pts = [...c];
  while (pts.length > 1)
    pts = pts.slice(1).map((p, k) => ({
      x: pts[k]!.x + (p.x - pts[k]!.x) * t,
      y: pts[k]!.y + (p.y - pts[k]!.y) * t,
    }));
  return pts[0]!;
}

/** Where segments ab and cd cross strictly inside both, or null. */
function cross(a: Point, b: Point, c: Point, d: Point): Point | null {
  const den = (b.x - a.x) * (d.y - c.y) - (b.y - a.y) * (d.x - c.x);
  if (Math.abs(den) < 1e-9) return null;
  const t = ((c.x - a.x) * (d.y - c.y) - (c.y - a.y) * (d.x - c.x)) / den;
  const u = ((c.x - a.x) * (b.y - a.y) - (c.y - a.y) * (b.x - a.x)) / den;
  if (t <= 0 || t >= 1 || u <= 0 || u >= 1) return null;
  return { x: a.x + t * (b.x - a.x), y: a.y + t * (b.y - a.y) };
}

const near = (p: Point, q: Point, r: number) =>
  Math.abs(p.x - q.x) <= r && Math.abs(p.y - q.y) <= r;

/**
 * Edge crossings between drawn paths: points where two different paths cross, not counting
 * meetings within `endRadius` of either path's ends (lines that share an end, like every spoke
 * into the apiserver, meet there by design). Each pair of paths counts every place it crosses.
 */
export function countCrossings(paths: readonly string[], endRadius = 4): number {
  const lines = paths.map((d) => flatten(d));
  const ends = lines.map((ls) => [ls[0]![0]!, ls.at(-1)!.at(-1)!]);
  const boxes = lines.map((ls) => {
    const pts = ls.flat();
    return {
      x0: Math.min(...pts.map((p) => p.x)),
      x1: Math.max(...pts.map((p) => p.x)),
      y0: Math.min(...pts.map((p) => p.y)),
      y1: Math.max(...pts.map((p) => p.y)),
    };
  });
  let n = 0;
  for (let i = 0; i < lines.length; i++) {
    for (let j = i + 1; j < lines.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (a.x1 < b.x0 || b.x1 < a.x0 || a.y1 < b.y0 || b.y1 < a.y0) continue;
      const found: Point[] = [];
      for (const la of lines[i]!) {
        for (const lb of lines[j]!) {
          for (let s = 1; s < la.length; s++) {
            for (let t = 1; t < lb.length; t++) {
              const p = cross(la[s - 1]!, la[s]!, lb[t - 1]!, lb[t]!);
              if (!p) continue;
              if ([...ends[i]!, ...ends[j]!].some((e) => near(e, p, endRadius))) continue;
              // One crossing can show up twice where it falls on a joint between two samples.
              if (!found.some((q) => near(q, p, 0.5))) found.push(p);
            }
          }
        }
      }
      n += found.length;
    }
  }
  return n;
}
