import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** A path of the diagram inside one <kube-paths> (css locators pierce open shadow roots). */
const pathIn = (page: Page, el: string, id: string) =>
  page.locator(`${el} svg.kp-svg .kp-paths path[data-path="${id}"]`).first();

/** Counts storage writes and CSP violations from before the page's first script. */
async function watch(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __writes: string[]; __violations: string[] };
    w.__writes = [];
    w.__violations = [];
    const set = Storage.prototype.setItem;
    Storage.prototype.setItem = function (this: Storage, k: string, v: string) {
      w.__writes.push(k);
      set.call(this, k, v);
    };
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}

const counters = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __writes: string[]; __violations: string[] };
    return { writes: w.__writes, violations: w.__violations, stored: localStorage.length };
  });

test.beforeEach(async ({ page }) => {
  await watch(page);
  await page.goto('./docs-sample.html');
});

test('the element renders each path with its state inside a shadow root', async ({ page }) => {
  await expect(pathIn(page, '#kp-kubeadm', 'apiserver-kubelet')).toHaveAttribute('data-state', 'unverified');
  await expect(pathIn(page, '#kp-kubeadm', 'apiserver-proxy-pod')).toHaveAttribute('data-state', 'plaintext');
  const shadow = await page.locator('#kp-kubeadm').evaluate((el) => ({
    open: el.shadowRoot !== null,
    inLight: el.querySelector('svg') !== null,
    sheets: el.shadowRoot?.adoptedStyleSheets.length ?? 0,
  }));
  expect(shadow).toEqual({ open: true, inLight: false, sheets: 1 });
  // The selected path is marked, and the styles apply inside the shadow root (a real stroke colour).
  await expect(page.locator('#kp-kubeadm path[data-path="apiserver-kubelet"][data-selected="true"]')).toHaveCount(1);
  const stroke = await pathIn(page, '#kp-kubeadm', 'apiserver-kubelet').evaluate((el) => getComputedStyle(el).stroke);
  expect(stroke).not.toBe('none');
  expect(stroke).not.toBe('rgb(0, 0, 0)');
});

test('two elements with different presets stay independent', async ({ page }) => {
  await expect(pathIn(page, '#kp-konnectivity', 'apiserver-kubelet')).toHaveAttribute('data-state', 'tunneled');
  await expect(pathIn(page, '#kp-kubeadm', 'apiserver-kubelet')).toHaveAttribute('data-state', 'unverified');
  // One pool each, drawn once whatever its node count (2 and 3 nodes).
  await expect(page.locator('#kp-konnectivity .kp-paths path[data-path="apiserver-kubelet"]')).toHaveCount(1);
  await expect(page.locator('#kp-konnectivity .kp-pool-label')).toContainText('2 nodes');
  await expect(page.locator('#kp-kubeadm .kp-paths path[data-path="apiserver-kubelet"]')).toHaveCount(1);
  // Changing one element's preset through its own control leaves the others alone.
  await page.locator('#kp-kubeadm').getByLabel(/preset/i).selectOption('kubelet-ca');
  await expect(pathIn(page, '#kp-kubeadm', 'apiserver-kubelet')).toHaveAttribute('data-state', 'secure');
  await expect(pathIn(page, '#kp-konnectivity', 'apiserver-kubelet')).toHaveAttribute('data-state', 'tunneled');
  await expect(pathIn(page, '#kp-query', 'apiserver-kubelet')).toHaveAttribute('data-state', 'broken');
});

test('theme and controls attributes: dark tokens apply, controls="none" shows no controls', async ({ page }) => {
  const wrapper = page.locator('#kp-konnectivity .kp-embed-root');
  await expect(wrapper).toHaveAttribute('data-theme', 'dark');
  const bg = await page.locator('#kp-konnectivity .kp-embed').evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(bg).toBe('rgb(13, 17, 23)');
  await expect(pathIn(page, '#kp-konnectivity', 'apiserver-kubelet')).toBeVisible();
  await expect(page.locator('#kp-konnectivity [data-testid="embed-controls"]')).toHaveCount(0);
  await expect(page.locator('#kp-konnectivity select, #kp-konnectivity input')).toHaveCount(0);
  await expect(page.locator('#kp-kubeadm [data-testid="embed-controls"] select')).toHaveCount(1);
  await expect(page.locator('#kp-query [data-testid="embed-controls"] input').first()).toBeAttached();
  // Attributes are live: switching controls re-renders.
  await page.locator('#kp-konnectivity').evaluate((el) => el.setAttribute('controls', 'compact'));
  await expect(page.locator('#kp-konnectivity [data-testid="embed-controls"] select')).toHaveCount(1);
});

test('changing the query attribute updates the states', async ({ page }) => {
  await expect(pathIn(page, '#kp-query', 'apiserver-kubelet')).toHaveAttribute('data-state', 'broken');
  await page.locator('#kp-query').evaluate((el) => el.setAttribute('query', '?v=1&preset=kubelet-ca&apiserver.proxyScheme=https'));
  await expect(pathIn(page, '#kp-query', 'apiserver-kubelet')).toHaveAttribute('data-state', 'secure');
  await expect(pathIn(page, '#kp-query', 'apiserver-proxy-pod')).toHaveAttribute('data-state', 'unverified');
  await page.locator('#kp-query').evaluate((el) => el.setAttribute('nodes', '1'));
  await expect(page.locator('#kp-query .kp-paths path[data-path="apiserver-kubelet"]')).toHaveCount(1);
  // A bad value is reported inside the element, and the rest still applies.
  await page.locator('#kp-query').evaluate((el) => el.setAttribute('query', 'preset=hardened&bogus=1'));
  await expect(pathIn(page, '#kp-query', 'apiserver-proxy-pod')).toHaveAttribute('data-state', 'tunneled');
  await expect(page.locator('#kp-query [data-notice="embed-ignored"]')).toContainText('bogus (unknown parameter)');
  await expect(pathIn(page, '#kp-kubeadm', 'apiserver-kubelet')).toHaveAttribute('data-state', 'unverified');
});

test('the element writes nothing to storage and triggers no CSP violation on the strict host page', async ({ page }) => {
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("style-src 'self'");
  expect(policy).not.toContain('unsafe-inline');
  await expect(pathIn(page, '#kp-kubeadm', 'apiserver-kubelet')).toHaveAttribute('data-state', 'unverified');
  const before = await counters(page);
  await page.locator('#kp-kubeadm').getByLabel(/preset/i).selectOption('hardened');
  await pathIn(page, '#kp-kubeadm', 'apiserver-proxy-pod').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#kp-kubeadm path[data-path="apiserver-proxy-pod"][data-selected="true"]')).toHaveCount(1);
  // The preset attribute replaces the query's preset; the query's CA flag still applies on top.
  await page.locator('#kp-query').evaluate((el) => el.setAttribute('preset', 'konnectivity'));
  await expect(pathIn(page, '#kp-query', 'apiserver-proxy-pod')).toHaveAttribute('data-state', 'tunneled');
  await expect(page.frameLocator('#kp-iframe').locator('.kp-paths path[data-path="apiserver-kubelet"]').first()).toBeVisible();
  const after = await counters(page);
  expect(before).toEqual({ writes: [], violations: [], stored: 0 });
  expect(after).toEqual({ writes: [], violations: [], stored: 0 });
  // No style element was put into the host document: the element's CSS is adopted, not injected.
  expect(await page.evaluate(() => document.querySelectorAll('style').length)).toBe(0);
});

test('the element sizes to its container', async ({ page }) => {
  await expect(pathIn(page, '#kp-kubeadm', 'apiserver-kubelet')).toBeVisible();
  const [box, host] = await Promise.all([
    page.locator('#kp-kubeadm').boundingBox(),
    page.locator('.docs-embed').first().boundingBox(),
  ]);
  expect(box && host).toBeTruthy();
  expect(Math.abs(box!.width - (host!.width - 2))).toBeLessThan(2);
  expect(Math.abs(box!.height - (host!.height - 2))).toBeLessThan(2);
  const svg = await page.locator('#kp-kubeadm svg.kp-svg').boundingBox();
  expect(svg!.height).toBeGreaterThan(200);
});

test('the iframe embed=1 mode renders the diagram with minimal chrome and saves nothing', async ({ page }) => {
  const frame = page.frameLocator('#kp-iframe');
  await expect(frame.locator('.kp-paths path[data-path="apiserver-kubelet"]').first()).toHaveAttribute('data-state', 'secure');
  await expect(frame.locator('[data-testid="legend"]')).toBeVisible();
  await expect(frame.locator('[data-testid="summary"]')).toBeVisible();
  await expect(frame.getByRole('heading', { name: 'kube-paths' })).toHaveCount(0);
  await expect(frame.locator('.app-controls, [data-testid="path-table"]')).toHaveCount(0);
  await expect(frame.getByRole('link', { name: /Open in kube-paths/ })).toHaveAttribute('href', /preset=hardened/);
  const writes = await page.frames()[1]!.evaluate(() => (window as unknown as { __writes: string[] }).__writes);
  expect(writes).toEqual([]);
  expect(await page.frames()[1]!.evaluate(() => new URLSearchParams(location.search).get('embed'))).toBe('1');
});

for (const value of ['1', 'true']) {
  test(`the page in embed=${value} mode shows the embed, no notice, and saves nothing`, async ({ page }) => {
    await page.goto(`./?preset=kubeadm&embed=${value}`);
    await expect(page.getByTestId('embed')).toBeVisible();
    await expect(page.locator('.kp-paths path[data-path="apiserver-kubelet"]').first()).toHaveAttribute('data-state', 'unverified');
    await expect(page.getByRole('heading', { name: 'kube-paths' })).toHaveCount(0);
    await expect(page.locator('[data-notice]')).toHaveCount(0);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
  });
}

/** An element's node pools as NAME:COUNT, read from its own store. */
const poolsOf = (page: Page, el: string) =>
  page.locator(el).evaluate((e) =>
    (
      e as unknown as {
        store: { getState(): { config: { pools: { name: string; nodes: number }[] } } };
      }
    ).store
      .getState()
      .config.pools.map((p) => `${p.name}:${p.nodes}`)
      .join(','),
  );

test('the pools attribute sets the node pools, live; a bad list is reported inside the element', async ({
  page,
}) => {
  // preset kubelet-ca with pool legacy self-signing is mixed-pools: legacy's logs/exec break (DOMAIN.md §9).
  expect(await poolsOf(page, '#kp-pools')).toBe('bootstrapped:12,legacy:3');
  await expect(page.locator('#kp-pools [data-testid="summary"]')).toContainText('1 broken');
  // The full-page link carries the pools and the per-pool key, and opens that scenario.
  const href = await page
    .locator('#kp-pools')
    .getByRole('link', { name: /Open in kube-paths/ })
    .getAttribute('href');
  expect(href).toMatch(/\?v=1&preset=mixed-pools&pools=bootstrapped:12,legacy:3$/);
  await page
    .locator('#kp-pools')
    .evaluate((el) => el.setAttribute('pools', 'bootstrapped:12,legacy:3,spot:3'));
  await expect.poll(() => poolsOf(page, '#kp-pools')).toBe('bootstrapped:12,legacy:3,spot:3');
  await page.locator('#kp-pools').evaluate((el) => el.setAttribute('pools', 'Spot:3'));
  await expect(page.locator('#kp-pools [data-notice="embed-ignored"]')).toContainText(
    'pools (pool name "Spot" is not a DNS label',
  );
  await expect.poll(() => poolsOf(page, '#kp-pools')).toBe('default:3');
  // Each element keeps its own pools.
  expect(await poolsOf(page, '#kp-kubeadm')).toBe('default:3');
  await page.goto(new URL(href!, page.url()).href);
  await expect(
    page.locator(
      '[data-testid="path-table"] tr[data-path="apiserver-kubelet"][data-pool="legacy"]',
    ),
  ).toHaveAttribute('data-state', 'broken');
  await expect(
    page.locator(
      '[data-testid="path-table"] tr[data-path="apiserver-kubelet"][data-pool="bootstrapped"]',
    ),
  ).toHaveAttribute('data-state', 'secure');
});
