// @vitest-environment jsdom
import { act, waitFor } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderWithStore } from '../../test/renderWithStore';
import { Graph } from './Graph';

// jsdom does no layout: give every element a fixed box and a ResizeObserver that never fires.
const realRect = Element.prototype.getBoundingClientRect;
beforeAll(() => {
  Element.prototype.getBoundingClientRect = () =>
    DOMRect.fromRect({ x: 0, y: 0, width: 1200, height: 800 });
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});
afterAll(() => {
  Element.prototype.getBoundingClientRect = realRect;
});

/** Elements added and removed under `root` (each counted with its whole subtree) while `change` runs. */
async function mutationsDuring(root: Element, change: () => void, settled: () => void) {
  const added: Element[] = [];
  let removed = 0;
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      for (const n of r.addedNodes) if (n instanceof Element) added.push(n);
      for (const n of r.removedNodes)
        if (n instanceof Element) removed += 1 + n.querySelectorAll('*').length;
    }
  });
  observer.observe(root, { childList: true, subtree: true });
  act(change);
  await waitFor(settled);
  // Let any render still scheduled (a frame, a transition) land before counting.
  await act(() => new Promise((r) => setTimeout(r, 50)));
  observer.takeRecords();
  observer.disconnect();
  return { added, removed };
}

describe('Graph: changing the node count', () => {
  it('from 40 to 41 nodes removes nothing and inserts only node-41', async () => {
    const { store, container } = renderWithStore(<Graph />);
    act(() => store.getState().setSize(40, 3));
    const cards = () => container.querySelectorAll('.kp-cards .kp-card');
    await waitFor(() => expect(cards()).toHaveLength(40));
    const svg = container.querySelector('svg.kp-svg')!;
    const pathsBefore = svg.querySelectorAll('.kp-paths .kp-path').length;

    const { added, removed } = await mutationsDuring(
      svg,
      () => store.getState().setSize(41, 3),
      () => expect(cards()).toHaveLength(41),
    );
    const addedPaths = added.filter((e) => e.matches('.kp-path'));
    const inserted = added.reduce((n, e) => n + 1 + e.querySelectorAll('*').length, 0);
    console.info(`Graph 40 → 41 nodes: ${removed} elements removed, ${inserted} inserted`);
    expect(removed).toBe(0);
    // What is new belongs to node-41: its card and its paths (data-node), nothing redrawn.
    for (const e of added)
      expect(
        e.closest('[data-node]')?.getAttribute('data-node') ?? e.getAttribute('data-node'),
      ).toBe('node-41');
    expect(svg.querySelectorAll('.kp-paths .kp-path').length).toBe(pathsBefore + addedPaths.length);
    expect(addedPaths.length).toBeGreaterThan(0);
  });
});
