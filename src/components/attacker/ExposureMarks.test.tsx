// @vitest-environment jsdom
import { act, waitFor } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { setKey } from '../../model/config';
import { PRESETS } from '../../model/presets';
import { createAppStore } from '../../state/store';
import { renderWithStore } from '../../test/renderWithStore';
import { Graph } from '../graph/Graph';

// Counts loads of the attacker view's chunk: the factory runs when the module is first imported.
const loads = vi.hoisted(() => ({ count: 0 }));
vi.mock('./attackerChunk', async (importOriginal) => {
  loads.count++;
  return await importOriginal();
});

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

const paths = (root: Element) => [
  ...root.querySelectorAll<SVGPathElement>('.kp-paths path[data-path]'),
];

describe('the diagram in the attacker view', () => {
  it('loads the exposure code only once a position is picked, then marks exactly what a compromised pod exploits on flags-only', async () => {
    const store = createAppStore({ persist: false });
    store.getState().replaceConfig(PRESETS['flags-only'], 'preset');
    const { container } = renderWithStore(<Graph />, store);
    await waitFor(() => expect(paths(container).length).toBeGreaterThan(0));
    await act(() => new Promise((r) => setTimeout(r, 50)));
    expect(loads.count).toBe(0);
    expect(paths(container).filter((p) => p.hasAttribute('data-exposed'))).toEqual([]);

    act(() => store.getState().setAttacker('pod'));
    await waitFor(() =>
      expect(paths(container).every((p) => p.hasAttribute('data-exposed'))).toBe(true),
    );
    expect(loads.count).toBe(1);
    // DOMAIN.md §10 by hand: the anonymous kubelet (:10250) and the read-only port, on every node.
    const exposed = new Set(['apiserver-kubelet', 'kubelet-readonly']);
    for (const p of paths(container)) {
      const id = p.dataset['path']!;
      expect([p.dataset['key'], p.dataset['exposed']]).toEqual([
        p.dataset['key'],
        String(exposed.has(id)),
      ]);
      expect(p.getAttribute('aria-label')).toContain(
        exposed.has(id)
          ? 'a compromised pod can exploit this'
          : 'a compromised pod cannot exploit this',
      );
    }
    // One halo per exposed path, right under it (so the path's own colour, dash and glyph stay on top).
    const casings = [...container.querySelectorAll('.kp-exposed-casing')];
    expect(casings).toHaveLength(
      paths(container).filter((p) => p.dataset['exposed'] === 'true').length,
    );
    for (const c of casings)
      expect((c.nextElementSibling as SVGPathElement).dataset['exposed']).toBe('true');

    act(() => store.getState().setAttacker(null));
    await waitFor(() =>
      expect(paths(container).filter((p) => p.hasAttribute('data-exposed'))).toEqual([]),
    );
    expect(container.querySelectorAll('.kp-exposed-casing')).toHaveLength(0);
  });

  it('tells pools apart: only the legacy pool’s open read-only ports are marked for anyone who reaches a node', async () => {
    const store = createAppStore({ persist: false });
    store
      .getState()
      .replaceConfig(
        setKey(PRESETS['mixed-pools'], 'kubelet.readOnlyPort', 10255, 'legacy'),
        'import',
      );
    store.getState().setAttacker('anyone');
    const { container } = renderWithStore(<Graph />, store);
    await waitFor(() =>
      expect(paths(container).some((p) => p.dataset['exposed'] === 'true')).toBe(true),
    );
    const readonly = paths(container).filter((p) => p.dataset['path'] === 'kubelet-readonly');
    // One instance per pool (the nodes of a pool are drawn once).
    expect(readonly.map((p) => [p.dataset['pool'], p.dataset['exposed']])).toEqual([
      ['bootstrapped', 'false'],
      ['legacy', 'true'],
    ]);
  });

  it('draws a dashed halo for someone on the link when the network is trusted (it would exploit them on an untrusted one)', async () => {
    const store = createAppStore({ persist: false });
    store.getState().replaceConfig(setKey(PRESETS.kubeadm, 'network.untrusted', false), 'import');
    store.getState().setAttacker('link');
    const { container } = renderWithStore(<Graph />, store);
    await waitFor(() =>
      expect(container.querySelectorAll('.kp-exposed-casing').length).toBeGreaterThan(0),
    );
    for (const c of container.querySelectorAll('.kp-exposed-casing'))
      expect(c.getAttribute('data-present')).toBe('false');
    const kubelet = paths(container).find((p) => p.dataset['path'] === 'apiserver-kubelet')!;
    expect([kubelet.dataset['exposed'], kubelet.getAttribute('aria-label')]).toEqual([
      'true',
      expect.stringContaining('someone on the link could, on an untrusted network, exploit this'),
    ]);
  });
});
