import { describe, expect, it } from 'vitest';
import { PATH_SPECS } from '../model/paths';
import type { Route } from '../model/route';
import { buildTopology } from '../model/topology';
import { countCrossings, flatten } from './crossings';
import { computeLayout } from './layout';
import { routeFor } from './routes';

const SIZES = { wide: { width: 984, height: 540 }, narrow: { width: 390, height: 600 } } as const;
const ROUTES: readonly Route[] = ['direct', 'konnectivity', 'ssh'];
const POOLS = [
  [{ name: 'default', nodes: 3 }],
  [
    { name: 'bootstrapped', nodes: 4 },
    { name: 'legacy', nodes: 2 },
  ],
];
const num = String.raw`-?\d+(\.\d)?`;
const PATH_RE = new RegExp(String.raw`^M${num},${num}([LCQ]${num},${num}( ${num},${num})*)+$`);

const cases = Object.entries(SIZES).flatMap(([mode, size]) =>
  ROUTES.flatMap((route) =>
    POOLS.map((pools) => {
      const topology = buildTopology(pools, 3);
      return [mode, route, pools.length, topology, computeLayout(topology, size, route)] as const;
    }),
  ),
);
const instances = cases.flatMap(([mode, route, n, topology, layout]) =>
  topology.paths.map(
    (p) => [`${p.key} (${mode}, ${route}, ${n} pools)`, p, layout, route] as const,
  ),
);
const endsOf = (d: string) => {
  const lines = flatten(d);
  return { start: lines[0]![0]!, end: lines.at(-1)!.at(-1)! };
};

describe('routeFor', () => {
  it.each(instances)('draws %s as a well-formed path with a finite glyph point', (_, p, layout) => {
    const g = routeFor(layout, p);
    expect(g.d).toMatch(PATH_RE);
    expect(Number.isFinite(g.glyph.x) && Number.isFinite(g.glyph.y)).toBe(true);
  });

  it.each(instances.filter(([, p]) => p.pool !== undefined))(
    'ends %s on the edge of its part of its pool, from the side that opens the connection',
    (_, p, layout) => {
      const lane = layout.lanes[layout.laneOf.get(p.id)!]!;
      const part = layout.cards[p.pool!]!.parts[lane.part];
      const { start, end } = endsOf(routeFor(layout, p).d);
      const atPart = PATH_SPECS[p.id].direction === 'node-to-control-plane' ? start : end;
      if (lane.entry === 'side') {
        expect(atPart.x).toBeCloseTo(part.x, 0);
        expect(atPart.y).toBeGreaterThan(part.y);
        expect(atPart.y).toBeLessThan(part.y + part.h);
      } else {
        expect(atPart.y).toBeCloseTo(part.y + part.h, 0);
        expect(atPart.x).toBeGreaterThan(part.x);
        expect(atPart.x).toBeLessThan(part.x + part.w);
      }
    },
  );

  it.each(
    instances.filter(([, p, , route]) => PATH_SPECS[p.id].egress && route === 'konnectivity'),
  )(
    'sends %s into the konnectivity-server from the apiserver, then down the tunnel lanes',
    (_, p, layout) => {
      const hub = layout.components['apiserver']!;
      const ks = layout.components['konnectivity-server']!;
      const { start } = endsOf(routeFor(layout, p).d);
      expect(start.x).toBeCloseTo(hub.x + hub.w, 0);
      expect(layout.lanes[layout.laneOf.get(p.id)!]!.bundle).toBe('tunnel');
      expect(
        flatten(routeFor(layout, p).d)[0]!.some((q) => Math.abs(q.y - (ks.y + ks.h)) < 0.5),
      ).toBe(true);
    },
  );
});

describe('crossings of the drawn routes', () => {
  // Hand-derived: with one pool every lane keeps its place from the control plane to its part,
  // and the lanes of a card turn in without crossing, so nothing crosses, whatever the route.
  it.each(cases.filter(([, , n]) => n === 1))(
    '%s, %s: one pool draws no crossing',
    (_, __, ___, topology, layout) => {
      expect(countCrossings(topology.paths.map((p) => routeFor(layout, p).d))).toBe(0);
    },
  );

  // Two pools, direct, wide: in each gutter where several kinds turn right into one part, the
  // first pool's line of each kind crosses the second pool's lines of the kinds to its right:
  // kubelet (3 kinds) 2 + 1, pods (3 kinds) 2 + 1; nowhere else.
  it('two pools on a wide drawing cross exactly 6 times, all where lines turn into a part', () => {
    const [, , , topology, layout] = cases.find(
      ([m, r, n]) => m === 'wide' && r === 'direct' && n === 2,
    )!;
    expect(countCrossings(topology.paths.map((p) => routeFor(layout, p).d))).toBe(6);
  });
});
