import { describe, expect, it } from 'vitest';
import { PATH_SPECS } from '../model/paths';
import type { Route } from '../model/route';
import { buildTopology, onePool } from '../model/topology';
import { computeLayout } from './layout';
import { routeFor } from './routes';

const topo = buildTopology(onePool(3), 3);
const layout = computeLayout(topo, { width: 1200, height: 800 });
const ROUTES: readonly Route[] = ['direct', 'konnectivity', 'ssh'];
const num = String.raw`-?\d+(\.\d)?`;
const PATH_RE = new RegExp(String.raw`^M${num},${num}([MCL]${num},${num}( ${num},${num})*)+$`);

/** The last point of a path string. */
const endOf = (d: string) => d.split(/[ MCL]/).at(-1)!.split(',').map(Number) as [number, number];
const startOf = (d: string) => d.slice(1).split(/[ MCL]/)[0]!.split(',').map(Number) as [number, number];

describe('routeFor', () => {
  it.each(topo.paths.flatMap((p) => ROUTES.map((r) => [p.key, r, p] as const)))(
    'draws %s (%s) as a well-formed path with finite numbers',
    (_k, route, p) => {
      const g = routeFor(layout, p, route);
      expect(g.d).toMatch(PATH_RE);
      expect(Number.isFinite(g.glyph.x) && Number.isFinite(g.glyph.y)).toBe(true);
    },
  );

  it.each(topo.paths.filter((p) => p.node !== undefined).map((p) => [p.key, p] as const))(
    'ends %s on its card for control-plane-to-node paths and starts there otherwise',
    (_k, p) => {
      const card = layout.cards[p.node!]!;
      const port = card.ports[p.id]!;
      const { d } = routeFor(layout, p, 'direct');
      const toNode = PATH_SPECS[p.id].direction !== 'node-to-control-plane';
      const [x, y] = toNode ? endOf(d) : startOf(d);
      expect(x).toBeCloseTo(port.x, 0);
      expect(y).toBeCloseTo(card.box.y, 0);
    },
  );

  it.each(topo.paths.filter((p) => PATH_SPECS[p.id].egress).map((p) => [p.key, p] as const))(
    'reroutes %s through the tunnel and still ends at the same target',
    (_k, p) => {
      const direct = routeFor(layout, p, 'direct').d;
      const tunnel = routeFor(layout, p, 'konnectivity').d;
      const ssh = routeFor(layout, p, 'ssh').d;
      expect(new Set([direct, tunnel, ssh]).size).toBe(3);
      expect(endOf(tunnel)).toEqual(endOf(direct));
      expect(endOf(ssh)).toEqual(endOf(direct));
    },
  );

  it('sends a Konnectivity route past the konnectivity-server', () => {
    const ks = layout.components['konnectivity-server']!;
    const p = topo.paths.find((x) => x.key === 'apiserver-kubelet@node-2')!;
    const d = routeFor(layout, p, 'konnectivity').d;
    expect(d).toContain(`L${ks.x},`);
    expect(d).toContain(`${ks.y + ks.h}`);
  });

  it('ignores the route for paths that cannot ride a tunnel', () => {
    const p = topo.paths.find((x) => x.key === 'kubelet-apiserver@node-1')!;
    expect(routeFor(layout, p, 'konnectivity')).toEqual(routeFor(layout, p, 'direct'));
  });
});
