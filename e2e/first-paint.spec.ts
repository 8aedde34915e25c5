import { expect, test, type KubePaths } from './fixtures';
import type { ConsoleMessage, Page } from '@playwright/test';

/**
 * The default scenario (preset kubeadm: one pool `default` of 3 nodes), derived by hand from the
 * rules of DOMAIN.md §5 and the kubeadm preset of §6, not from the code: the apiserver has a
 * kubelet client certificate and the kubelets a client CA (so logs/exec authenticate), but no
 * --kubelet-certificate-authority; the proxy goes over http; no Konnectivity, no SSH, the kubelet
 * read-only port is 0, pods automount their token.
 */
const DEFAULT_STATES = {
  'kubelet-apiserver': 'secure',
  'kube-proxy-apiserver': 'secure',
  'pod-apiserver': 'secure',
  'konnectivity-agent-server': 'disabled',
  'apiserver-kubelet': 'unverified',
  'apiserver-proxy-node': 'plaintext',
  'apiserver-proxy-pod': 'plaintext',
  'apiserver-proxy-service': 'plaintext',
  'apiserver-konnectivity-server': 'disabled',
  'apiserver-ssh-tunnel': 'disabled',
  'kubelet-readonly': 'disabled',
} as const;

/** The legend's count per state, from the table above (one instance per path kind: one pool). */
const DEFAULT_COUNTS = { secure: 3, tunneled: 0, unverified: 1, plaintext: 3, broken: 0, disabled: 4 } as const;

/** Each path of the diagram has exactly one element, with the state of the table. */
async function expectDefaultDiagram(page: Page): Promise<void> {
  const paths = page.locator('svg.kp-svg path.kp-path[data-path]');
  await expect(paths).toHaveCount(Object.keys(DEFAULT_STATES).length);
  for (const [id, state] of Object.entries(DEFAULT_STATES)) {
    const path = page.locator(`svg.kp-svg path.kp-path[data-path="${id}"]`);
    await expect(path, id).toHaveCount(1);
    await expect(path, id).toHaveAttribute('data-state', state);
    // Every path kind has one instance per pool, but the one inside the control plane (DOMAIN.md §9).
    if (id === 'apiserver-konnectivity-server') await expect(path, id).not.toHaveAttribute('data-pool');
    else await expect(path, id).toHaveAttribute('data-pool', 'default');
  }
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page shows the default diagram, each path with its state, the legend and the summary', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { name: 'kube-paths', level: 1 })).toBeVisible();
    await expectDefaultDiagram(page);
    // The drawing fills the diagram's box (the SVG scales the prerendered drawing to it).
    const graph = (await page.getByTestId('graph').boundingBox())!;
    const drawing = (await page.getByTestId('viewport').boundingBox())!;
    expect(drawing.width * drawing.height).toBeGreaterThan(0.3 * graph.width * graph.height);
    const legend = page.getByTestId('legend');
    await expect(legend).toBeVisible();
    for (const [state, n] of Object.entries(DEFAULT_COUNTS)) {
      await expect(legend.locator(`li[data-state="${state}"]`)).toContainText(state);
      await expect(legend.locator(`[data-count-state="${state}"]`)).toHaveText(String(n));
    }
    // Four control-plane → node paths (apiserver → kubelet and the three proxies), none safe; all 3 nodes at risk.
    await expect(page.getByTestId('summary')).toBeVisible();
    await expect(page.getByTestId('summary')).toHaveText(/^0 of 4 control-plane→node paths are safe\b.*\b3 of 3 nodes at risk/);
    await expect(page.locator('.noscript-note')).toBeVisible();
  });

  test('phones get the same diagram, legible: the stacked drawing at the width of the screen', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('./');
    await expectDefaultDiagram(page);
    const drawing = (await page.getByTestId('viewport').boundingBox())!;
    expect(drawing.width).toBeGreaterThan(0.9 * 390);
    // The configuration is folded on phones, by CSS alone.
    await expect(page.getByRole('complementary', { name: 'Configuration' })).toBeHidden();
  });

  test.describe('with a dark colour scheme', () => {
    test.use({ colorScheme: 'dark' });
    test('the page is dark from the first paint (CSS follows prefers-color-scheme)', async ({ page }) => {
      await page.goto('./');
      const bg = await page.locator('body').evaluate((b) => getComputedStyle(b).backgroundColor).catch(() => null);
      // Without JavaScript evaluate may be refused; the screenshot's pixels say the same then.
      if (bg !== null) expect(bg).toBe('rgb(13, 17, 23)');
      else {
        const shot = await page.screenshot({ clip: { x: 2, y: 2, width: 1, height: 1 } });
        expect(shot.length).toBeGreaterThan(0);
      }
    });
  });
});

/** Console errors and warnings, and uncaught errors, from the first byte of the page on. */
function collectProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  return problems;
}

/** Keeps the prerendered .app element as the HTML parser made it, to compare after hydration. */
async function rememberPrerendered(page: Page): Promise<void> {
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { __prerendered: Element | null }).__prerendered = document.querySelector('#root > .app');
    });
  });
}

const samePrerenderedApp = (page: Page) =>
  page.evaluate(() => {
    const first = (window as unknown as { __prerendered: Element | null }).__prerendered;
    return first !== null && first !== undefined && first === document.querySelector('#root > .app');
  });

async function openHydrated(app: KubePaths, page: Page, query = ''): Promise<string[]> {
  const problems = collectProblems(page);
  await rememberPrerendered(page);
  await app.open(query);
  return problems;
}

for (const [name, viewport] of [
  ['desktop', { width: 1350, height: 940 }],
  ['phone', { width: 412, height: 823 }],
] as const) {
  test(`${name}: the page hydrates the prerendered HTML (keeps its elements) with no console error or warning`, async ({ app, page }) => {
    await page.setViewportSize(viewport);
    const problems = await openHydrated(app, page);
    expect(await samePrerenderedApp(page)).toBe(true);
    await expectDefaultDiagram(page);
    // Past the first idle moment: d3-zoom and the table have loaded, nothing was reported meanwhile.
    await expect(page.getByTestId('path-table')).toBeVisible();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => page.getByTestId('viewport').getAttribute('transform')).not.toBe('translate(0,0) scale(1)');
    expect(problems).toEqual([]);
  });
}

test('a link with its own scenario re-renders the hydrated page with it, without a console error', async ({ app, page }) => {
  const problems = await openHydrated(app, page, '?preset=hardened&theme=dark');
  expect(await samePrerenderedApp(page)).toBe(true);
  // Preset hardened: every path safe (DOMAIN.md §6), apiserver → kubelet verified end to end.
  await expect(page.locator('path.kp-path[data-path="apiserver-kubelet"]')).toHaveAttribute('data-state', 'secure');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(problems).toEqual([]);
});

test('a link that names a predict step never draws its answer', async ({ page, baseURL }) => {
  // The ca-mismatch tour's first step asks what apiserver → kubelet is in preset ca-mismatch
  // (tours.ts): broken (DOMAIN.md §5, rule 2: a kubelet CA while kubelets self-sign). The link
  // names no scenario, so the step's scenario comes with the tour catalogue, after the first paint.
  // Record every state the path is drawn with, from the first byte on.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __seen: string[] }).__seen = seen;
    new MutationObserver(() => {
      const s = document.querySelector('path.kp-path[data-path="apiserver-kubelet"]')?.getAttribute('data-state');
      if (s && seen.at(-1) !== s) seen.push(s);
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
  await page.goto(new URL('./?tour=ca-mismatch&step=1', baseURL).href);
  await expect(page.getByTestId('tour-player')).toBeVisible();
  const path = page.locator('path.kp-path[data-path="apiserver-kubelet"]');
  await expect(path).toHaveAttribute('data-state', 'masked');
  // The prerendered default scenario (unverified), then masked: never the answer.
  expect(await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen)).toEqual(['unverified', 'masked']);
  await page.getByRole('radio', { name: /broken/ }).check();
  await page.getByRole('button', { name: 'Reveal the answer' }).click();
  await expect(path).toHaveAttribute('data-state', 'broken');
});
