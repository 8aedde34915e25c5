import { computeLayout } from '../src/layout/layout';
import { routeFor } from '../src/layout/routes';
import { buildTopology } from '../src/model/topology';
import { stat, type Stat } from './stats';

export interface LayoutFigures {
  /** computeLayout alone, per pool count (250 nodes a pool: the node count does not matter). */
  readonly layoutMs: Readonly<Record<number, Stat>>;
  /** computeLayout plus the route geometry (the `d` string) of every path instance. */
  readonly layoutAndRoutesMs: Readonly<Record<number, Stat>>;
  /** Log-log slope of the median times from the smallest to the largest size (1 = linear). */
  readonly exponent: number;
  readonly exponentWithRoutes: number;
}

const SIZES = [1, 4, 20] as const;
const VIEW = { width: 1600, height: 900 };

function samples(fn: () => number, ms = 400, min = 15): number[] {
  for (let i = 0; i < 5; i++) fn(); // warm-up: the JIT, not the figure
  const out: number[] = [];
  const start = performance.now();
  while (out.length < min || performance.now() - start < ms) {
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
  }
  return out;
}

const slope = (a: number, b: number, ta: number, tb: number) => Math.log(tb / ta) / Math.log(b / a);

/** Layout time at 1, 4 and 20 pools of 250 nodes (3 pods each) and its growth exponent in pools. */
export function benchLayout(): LayoutFigures {
  const layoutMs: Record<number, Stat> = {};
  const withRoutes: Record<number, Stat> = {};
  let sink = 0;
  for (const n of SIZES) {
    const topo = buildTopology(Array.from({ length: n }, (_, i) => ({ name: `p${i}`, nodes: 250 })), 3);
    layoutMs[n] = stat(samples(() => (sink += computeLayout(topo, VIEW).cards.length)));
    withRoutes[n] = stat(
      samples(() => {
        const l = computeLayout(topo, VIEW);
        for (const p of topo.paths) sink += routeFor(l, p).d.length;
        return sink;
      }),
    );
  }
  if (sink < 0) throw new Error('unreachable');
  const lo = SIZES[0];
  const hi = SIZES[SIZES.length - 1]!;
  return {
    layoutMs,
    layoutAndRoutesMs: withRoutes,
    exponent: slope(lo, hi, layoutMs[lo]!.median, layoutMs[hi]!.median),
    exponentWithRoutes: slope(lo, hi, withRoutes[lo]!.median, withRoutes[hi]!.median),
  };
}
