// @vitest-environment jsdom
import { act, waitFor } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withPoolSizes } from '../../model/pools';
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

/** What changed under `root` while `change` ran: elements added and removed, and elements whose attributes changed. */
async function mutationsDuring(root: Element, change: () => void, settled: () => void) {
  const added: Element[] = [];
  const changed = new Set<Element>();
  const gone: Element[] = [];
  let removed = 0;
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'attributes' && r.target instanceof Element) changed.add(r.target);
      for (const n of r.addedNodes) if (n instanceof Element) added.push(n);
      for (const n of r.removedNodes)
        if (n instanceof Element) {
          gone.push(n);
          removed += 1 + n.querySelectorAll('*').length;
        }
    }
  });
  observer.observe(root, { childList: true, subtree: true, attributes: true });
  act(change);
  await waitFor(settled);
  await act(() => new Promise((r) => setTimeout(r, 50)));
  observer.takeRecords();
  observer.disconnect();
  return { added, removed, gone, changed: [...changed] };
}

const twoPools = [
  { name: 'general', nodes: 40 },
  { name: 'gpu', nodes: 2 },
];

function setup() {
  const r = renderWithStore(<Graph />);
  act(() =>
    r.store.getState().replaceConfig(withPoolSizes(r.store.getState().config, twoPools), 'import'),
  );
  return { ...r, svg: r.container.querySelector('svg.kp-svg')! };
}

describe('Graph: pools are drawn once, whatever their node count', () => {
  it('going from 40 to 41 nodes in a pool adds and removes no element', async () => {
    const { store, svg, container } = setup();
    const label = () =>
      container.querySelector('[data-pool="general"] .kp-pool-count')?.textContent;
    await waitFor(() => expect(label()).toBe('40 nodes'));
    const count = svg.querySelectorAll('*').length;
    const { added, removed } = await mutationsDuring(
      svg,
      () =>
        store
          .getState()
          .replaceConfig(
            withPoolSizes(store.getState().config, [{ name: 'general', nodes: 41 }, twoPools[1]!]),
            'import',
          ),
      () => expect(label()).toBe('41 nodes'),
    );
    expect([added.length, removed]).toEqual([0, 0]);
    expect(svg.querySelectorAll('*').length).toBe(count);
  });

  it('adding a pool adds its card and one line per path kind, and removes nothing but glyphs that lose their room', async () => {
    const { store, svg } = setup();
    await waitFor(() => expect(svg.querySelectorAll('.kp-path[data-pool="gpu"]')).toHaveLength(10));
    const { added, gone } = await mutationsDuring(
      svg,
      () =>
        store
          .getState()
          .replaceConfig(
            withPoolSizes(store.getState().config, [...twoPools, { name: 'arm', nodes: 7 }]),
            'import',
          ),
      () => expect(svg.querySelectorAll('.kp-path[data-pool="arm"]')).toHaveLength(10),
    );
    // Three pools' lines sit closer together: the state glyphs may not fit between them any more.
    for (const e of gone) expect(e.matches('use.kp-glyph')).toBe(true);
    // Everything new belongs to pool arm: its cards (back and front) and its path instances.
    for (const e of added)
      expect(
        e.closest('[data-pool]')?.getAttribute('data-pool') ??
          e.querySelector('[data-pool]')?.getAttribute('data-pool'),
      ).toBe('arm');
  });

  it('a toggle touches only the instances whose state changed (and their glyphs)', async () => {
    const { store, svg } = setup();
    await waitFor(() =>
      expect(svg.querySelectorAll('.kp-path[data-path="apiserver-kubelet"]')).toHaveLength(2),
    );
    const { added, removed, changed } = await mutationsDuring(
      svg,
      () => store.getState().setConfigKey('apiserver.kubeletCertificateAuthority', true),
      () =>
        expect(
          svg.querySelector('.kp-path[data-path="apiserver-kubelet"]')?.getAttribute('data-state'),
        ).toBe('broken'),
    );
    expect([added.length, removed]).toEqual([0, 0]);
    expect(changed.length).toBeGreaterThan(0);
    for (const e of changed)
      expect(e.closest('.kp-instance')?.querySelector('.kp-path')?.getAttribute('data-path')).toBe(
        'apiserver-kubelet',
      );
  });
});
