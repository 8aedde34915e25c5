import { describe, expect, it } from 'vitest';
import { buildTopology, onePool } from '../model/topology';
import { contains, overlaps, type Box } from './geometry';
import { CARD_COMPONENTS, columnsFor, computeLayout, resolveEnd } from './layout';

const SIZE = { width: 1200, height: 800 };
const COUNTS = [1, 2, 3, 7, 25, 100, 1000] as const;

describe('computeLayout', () => {
  it.each(COUNTS)('is deterministic for %i nodes', (n) => {
    const topo = buildTopology(onePool(n), 3);
    expect(computeLayout(topo, SIZE)).toEqual(computeLayout(buildTopology(onePool(n), 3), SIZE));
  });

  it.each(COUNTS)('places %i node cards without overlaps', (n) => {
    const { cards } = computeLayout(buildTopology(onePool(n), 3), SIZE);
    expect(cards).toHaveLength(n);
    // Cards sit on a grid: checking each against its row and column neighbours is enough.
    const byPos = [...cards].sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x);
    for (let i = 1; i < byPos.length; i++) {
      expect(overlaps(byPos[i - 1]!.box, byPos[i]!.box)).toBe(false);
    }
    const layout = computeLayout(buildTopology(onePool(n), 3), SIZE);
    for (let i = layout.columns; i < n; i++) {
      expect(overlaps(cards[i - layout.columns]!.box, cards[i]!.box)).toBe(false);
    }
  });

  it.each(COUNTS)('keeps every box of %i nodes inside the drawing and its zone', (n) => {
    const layout = computeLayout(buildTopology(onePool(n), 3), SIZE);
    const all: Box = { x: 0, y: 0, w: layout.width, h: layout.height };
    for (const b of Object.values(layout.zones)) expect(contains(all, b)).toBe(true);
    for (const card of layout.cards) {
      expect(contains(layout.zones.node, card.box)).toBe(true);
      for (const part of CARD_COMPONENTS) expect(contains(card.box, card.parts[part])).toBe(true);
    }
    for (const id of ['apiserver', 'konnectivity-server', 'etcd', 'scheduler', 'controller-manager']) {
      expect(contains(layout.zones.controlPlane, layout.components[id]!)).toBe(true);
    }
    expect(contains(layout.zones.outside, layout.components['user']!)).toBe(true);
  });

  it.each(COUNTS)('keeps the cluster-wide components of %i nodes apart from each other and the cards', (n) => {
    const layout = computeLayout(buildTopology(onePool(n), 3), SIZE);
    const fixed = Object.values(layout.components);
    fixed.forEach((a, i) => fixed.slice(i + 1).forEach((b) => expect(overlaps(a, b)).toBe(false)));
    for (const card of layout.cards) for (const b of fixed) expect(overlaps(card.box, b)).toBe(false);
  });

  it.each(COUNTS)('resolves both ends of every path instance for %i nodes', (n) => {
    const topo = buildTopology(onePool(n), 3);
    const layout = computeLayout(topo, SIZE);
    for (const p of topo.paths) {
      expect(resolveEnd(layout, p.from), `${p.key} from ${p.from}`).toBeDefined();
      expect(resolveEnd(layout, p.to), `${p.key} to ${p.to}`).toBeDefined();
    }
    for (const c of topo.components) expect(resolveEnd(layout, c.id), c.id).toBeDefined();
  });

  it('resolves node@<name> to the card itself and rejects unknown ids', () => {
    const layout = computeLayout(buildTopology(onePool(3), 3), SIZE);
    expect(resolveEnd(layout, 'node@node-2')).toEqual(layout.cards[1]!.box);
    expect(resolveEnd(layout, 'kubelet@node-9')).toBeUndefined();
    expect(resolveEnd(layout, 'gizmo@node-1')).toBeUndefined();
    expect(resolveEnd(layout, 'nothing')).toBeUndefined();
  });

  it('shrinks cards as the node count grows and collapses pods past a few dozen nodes', () => {
    const scales = COUNTS.map((n) => computeLayout(buildTopology(onePool(n), 3), SIZE).scale);
    for (let i = 1; i < scales.length; i++) expect(scales[i]).toBeLessThanOrEqual(scales[i - 1]!);
    expect(scales[0]).toBe(1);
    expect(scales.at(-1)).toBeLessThan(0.2);
    expect(computeLayout(buildTopology(onePool(24), 3), SIZE).collapsedPods).toBe(false);
    expect(computeLayout(buildTopology(onePool(25), 3), SIZE).collapsedPods).toBe(true);
  });

  it('keeps the node grid at most a few times wider than the control plane at 1,000 nodes', () => {
    const layout = computeLayout(buildTopology(onePool(1000), 3), SIZE);
    expect(layout.width).toBeLessThanOrEqual(1700);
    expect(layout.height).toBeLessThan(layout.width * 1.5);
  });

  it.each([1, 2, 3, 4])('puts %i nodes on one row', (n) => {
    expect(columnsFor(n, SIZE)).toBe(n);
  });

  it.each([10, 100, 1000])('lays %i nodes out wider than tall on a landscape viewport', (n) => {
    const layout = computeLayout(buildTopology(onePool(n), 3), SIZE);
    const rows = Math.ceil(n / layout.columns);
    expect(layout.columns).toBeGreaterThan(rows);
    const boxes = layout.cards.map((c) => c.box);
    const span = (lo: (b: Box) => number, hi: (b: Box) => number) =>
      Math.max(...boxes.map(hi)) - Math.min(...boxes.map(lo));
    expect(span((b) => b.x, (b) => b.x + b.w)).toBeGreaterThan(span((b) => b.y, (b) => b.y + b.h));
  });

  it('gives a portrait viewport fewer columns than a landscape one', () => {
    expect(columnsFor(100, { width: 500, height: 900 })).toBeLessThan(columnsFor(100, SIZE));
  });
});
