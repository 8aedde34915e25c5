// @vitest-environment jsdom
import { act } from '@testing-library/react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { App } from './components/App';
import { PageRoot } from './pageRoot';
import { renderDefaultPage } from './prerender';
import { createAppStore } from './state/store';

beforeAll(() => {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

/**
 * Hydrates `html` with the page's tree and a fresh store, as main.tsx does, and returns what React
 * reported. This is React's development build: unlike production, it also names every attribute
 * that differs between the HTML and the first client render.
 */
async function hydrate(html: string) {
  const reported: string[] = [];
  for (const level of ['error', 'warn'] as const)
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void reported.push(args.map(String).join(' ')));
  const container = document.body.appendChild(document.createElement('div'));
  container.innerHTML = html;
  const before = container.innerHTML;
  await act(async () => {
    root = hydrateRoot(
      container,
      <PageRoot store={createAppStore({ persist: true })}>
        <App />
      </PageRoot>,
      { onRecoverableError: (e) => void reported.push(`recoverable: ${String(e)}`) },
    );
  });
  return { reported, container, before };
}

describe('the prerendered default page', () => {
  const html = renderDefaultPage();

  it('draws the diagram: every path kind once, with its state, in a viewBox-scaled SVG', () => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const svg = doc.querySelector('svg.kp-svg')!;
    expect(svg.getAttribute('viewBox')).toMatch(/^-8 -8 \d/);
    expect(doc.querySelectorAll('path.kp-path[data-path][data-state]')).toHaveLength(11);
  });

  it('finishes every Suspense boundary (an unfinished one is client-rendered, with an error, when hydrated)', () => {
    expect(html).not.toContain('<!--$!');
  });

  it('has no style attribute anywhere (the page CSP blocks inline styles)', () => {
    expect(html).not.toMatch(/\sstyle=/);
  });

  it('hydrates with a store as created, without a single mismatch React can report', async () => {
    const { reported } = await hydrate(html);
    expect(reported).toEqual([]);
  });

  // The same page with one attribute, or one text, not as the first client render draws it.
  it.each([
    ['an attribute', (h: string) => h.replace('data-state="unverified"', 'data-state="secure"')],
    ['a text', (h: string) => h.replace('3 of 3 nodes at risk', '2 of 3 nodes at risk')],
  ])('a prerender that differs in %s is reported (the check above can fail)', async (_, change) => {
    const other = change(html);
    expect(other).not.toBe(html);
    const { reported } = await hydrate(other);
    expect(reported.join('\n')).toMatch(/didn't match/);
  });
});
