import { describe, expect, it } from 'vitest';
import type { Route } from '../model/route';
import { buildTopology, POOL_PARTS, type PoolPart } from '../model/topology';
import type { PoolSize } from '../model/pools';
import { contains, overlaps, type Box } from './geometry';
import { computeLayout, resolveEnd, type Layout } from './layout';
import { textWidth } from './text';

const pools = (n: number, nodes = 3): PoolSize[] =>
  Array.from({ length: n }, (_, i) => ({ name: `pool-${i + 1}`, nodes }));
const SIZES = {
  'desktop 1280×720': { width: 984, height: 540 },
  'desktop 1920×1080': { width: 1570, height: 900 },
  phone: { width: 390, height: 600 },
  presenter: { width: 800, height: 708 },
} as const;
const ROUTES: readonly Route[] = ['direct', 'konnectivity', 'ssh'];
const CASES = Object.entries(SIZES).flatMap(([name, size]) =>
  [1, 2, 5, 20].flatMap((n) => ROUTES.map((route) => [name, n, route, size] as const)),
);

const layoutOf = (n: number, route: Route, size: { width: number; height: number }, nodes = 3) =>
  computeLayout(buildTopology(pools(n, nodes), 3), size, route);
const all = (l: Layout): Box => ({ x: 0, y: 0, w: l.width, h: l.height });

describe('computeLayout', () => {
  it.each(CASES)('%s, %i pools, %s: is deterministic', (_, n, route, size) => {
    expect(layoutOf(n, route, size)).toEqual(layoutOf(n, route, size));
  });

  it.each(CASES)(
    '%s, %i pools, %s: keeps every box inside the drawing, the cards in the node zone',
    (_, n, route, size) => {
      const l = layoutOf(n, route, size);
      for (const z of Object.values(l.zones)) expect(contains(all(l), z)).toBe(true);
      for (const [id, b] of Object.entries(l.components))
        expect(contains(all(l), b), id).toBe(true);
      for (const id of [
        'apiserver',
        'konnectivity-server',
        'etcd',
        'scheduler',
        'controller-manager',
      ]) {
        expect(contains(l.zones.controlPlane, l.components[id]!), id).toBe(true);
      }
      expect(contains(l.zones.outside, l.components['user']!)).toBe(true);
      for (const c of l.cards) {
        // The stack behind a card reaches 8 units right and down.
        expect(contains(l.zones.node, { ...c.box, w: c.box.w + 8, h: c.box.h + 8 }), c.name).toBe(
          true,
        );
        for (const part of POOL_PARTS)
          expect(contains(c.box, c.parts[part]), `${c.name} ${part}`).toBe(true);
      }
    },
  );

  it.each(CASES)(
    '%s, %i pools, %s: overlaps no two components, parts or cards (with their stacks)',
    (_, n, route, size) => {
      const l = layoutOf(n, route, size);
      const fixed = Object.entries(l.components);
      fixed.forEach(([a, ba], i) =>
        fixed
          .slice(i + 1)
          .forEach(([b, bb]) => expect(overlaps(ba, bb), `${a} / ${b}`).toBe(false)),
      );
      l.cards.forEach((c, i) => {
        const parts = POOL_PARTS.map((p) => c.parts[p]);
        parts.forEach((a, j) =>
          parts.slice(j + 1).forEach((b) => expect(overlaps(a, b)).toBe(false)),
        );
        const next = l.cards[i + 1];
        if (next)
          expect(overlaps({ ...c.box, w: c.box.w + 8, h: c.box.h + 8 }, next.box)).toBe(false);
        for (const [, b] of fixed) expect(overlaps(c.box, b)).toBe(false);
      });
    },
  );

  it.each(CASES)('%s, %i pools, %s: gives every name room in its box', (_, n, route, size) => {
    const l = layoutOf(n, route, size);
    const f = l.fonts;
    const names: Record<string, string> = {
      apiserver: 'kube-apiserver',
      'konnectivity-server': 'konnectivity-server',
      'controller-manager': 'kube-controller-manager',
      user: 'kubectl user',
    };
    for (const [id, name] of Object.entries(names)) {
      expect(
        textWidth(name, id === 'apiserver' ? f.hub : f.primary, id === 'apiserver'),
        id,
      ).toBeLessThanOrEqual(l.components[id]!.w);
    }
    const partNames: Record<PoolPart, string> = {
      kubelet: 'kubelet',
      'kube-proxy': 'kube-proxy',
      pods: 'pods',
      node: 'host',
      'konnectivity-agent': 'agent',
    };
    for (const part of POOL_PARTS)
      expect(textWidth(partNames[part], f.primary, true), part).toBeLessThanOrEqual(
        l.cards[0]!.parts[part].w,
      );
  });

  it.each(CASES)(
    '%s, %i pools, %s: runs no other lane through a Service box, and bundle labels apart',
    (_, n, route, size) => {
      const l = layoutOf(n, route, size);
      l.lanes.forEach((lane, i) => {
        for (const [id, b] of Object.entries(l.components)) {
          if (!id.startsWith('service:') || lane.via === id) continue;
          for (let p = 0; p < n; p++) {
            const x = l.spread.x[i * n + p]!;
            expect(x < b.x || x > b.x + b.w, `${lane.id} line ${p} under ${id}`).toBe(true);
          }
        }
      });
      const labels = l.spread.labels;
      for (let i = 1; i < labels.length; i++) {
        expect(
          labels[i - 1]!.x + labels[i - 1]!.width / 2,
          `${labels[i - 1]!.bundle} / ${labels[i]!.bundle}`,
        ).toBeLessThanOrEqual(labels[i]!.x - labels[i]!.width / 2);
      }
    },
  );

  it.each(CASES)(
    '%s, %i pools, %s: puts every lane in its gutter, left of its part and right of the part before',
    (_, n, route, size) => {
      const l = layoutOf(n, route, size);
      const card = l.cards[0]!;
      l.lanes.forEach((lane, i) => {
        const k = POOL_PARTS.indexOf(lane.gutter);
        const left =
          k === 0
            ? card.box.x
            : card.parts[POOL_PARTS[k - 1]!].x + card.parts[POOL_PARTS[k - 1]!].w;
        for (let p = 0; p < n; p++) {
          const x = l.gutterX[i * n + p]!;
          expect(x, `${lane.id} ${p}`).toBeGreaterThan(left);
          expect(x, `${lane.id} ${p}`).toBeLessThan(card.parts[lane.gutter].x);
        }
      });
    },
  );

  it('draws the same picture for 3 nodes a pool as for 2,500: only the counts differ', () => {
    const small = computeLayout(
      buildTopology(
        [
          { name: 'a', nodes: 3 },
          { name: 'b', nodes: 3 },
        ],
        3,
      ),
      SIZES['desktop 1280×720'],
    );
    const large = computeLayout(
      buildTopology(
        [
          { name: 'a', nodes: 2500 },
          { name: 'b', nodes: 2500 },
        ],
        3,
      ),
      SIZES['desktop 1280×720'],
    );
    expect({ ...large, cards: large.cards.map((c) => ({ ...c, nodes: 0 })) }).toEqual({
      ...small,
      cards: small.cards.map((c) => ({ ...c, nodes: 0 })),
    });
  });

  it.each([
    ['a phone', SIZES.phone, 'narrow'],
    ['a projector beside its narration', SIZES.presenter, 'narrow'],
    ['a 1280×720 desktop', SIZES['desktop 1280×720'], 'wide'],
    ['a 1920×1080 desktop', SIZES['desktop 1920×1080'], 'wide'],
  ] as const)(
    'stacks the control plane on %s (%o) only where that draws larger text: %s',
    (_, size, mode) => {
      expect(layoutOf(1, 'direct', size).mode).toBe(mode);
    },
  );

  it('fits the default scenario at 1280×720 with names at 13 px or more (the e2e test measures the page)', () => {
    const l = layoutOf(1, 'direct', SIZES['desktop 1280×720']);
    const k = Math.min((984 - 24 - 40) / l.width, (540 - 24) / l.height);
    expect(k * l.fonts.primary).toBeGreaterThanOrEqual(13);
  });

  it('resolves pool parts and node@<pool> (the card) and rejects unknown ids', () => {
    const l = layoutOf(2, 'direct', SIZES['desktop 1280×720']);
    expect(resolveEnd(l, 'node@pool-2')).toEqual(l.cards[1]!.box);
    expect(resolveEnd(l, 'kubelet@pool-1')).toEqual(l.cards[0]!.parts.kubelet);
    expect(resolveEnd(l, 'service:shop/web')).toEqual(l.components['service:shop/web']);
    expect(resolveEnd(l, 'kubelet@pool-9')).toBeUndefined();
    expect(resolveEnd(l, 'gizmo@pool-1')).toBeUndefined();
    expect(resolveEnd(l, 'nothing')).toBeUndefined();
  });
});
