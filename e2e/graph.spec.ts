import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const svg = (page: Page) => page.locator('svg.kp-svg');
const drawn = (page: Page, id: string) => svg(page).locator(`.kp-paths [data-path="${id}"]`);
const transformOf = async (page: Page) => (await page.getByTestId('viewport').getAttribute('transform')) ?? '';
const scaleOf = (t: string) => Number(/scale\(([\d.e-]+)\)/.exec(t)?.[1]);
/** The translation and scale of a `translate(x,y) scale(k)` attribute. */
function parseTransform(t: string): { x: number; y: number; k: number } {
  const m = /translate\(([-\d.e]+)[ ,]+([-\d.e]+)\)/.exec(t);
  if (!m) throw new Error(`not a translate(): "${t}"`);
  return { x: Number(m[1]), y: Number(m[2]), k: scaleOf(t) };
}

/** Clicks a point that lies on the stroke of an SVG path (its bounding-box centre may not). */
async function clickOnStroke(page: Page, path: Locator) {
  const p = await path.evaluate((el: SVGPathElement) => {
    const pt = el.getPointAtLength(el.getTotalLength() * 0.85);
    const m = el.getScreenCTM()!;
    return new DOMPoint(pt.x, pt.y).matrixTransform(m).toJSON() as { x: number; y: number };
  });
  await page.mouse.click(p.x, p.y);
}

/** Waits until the diagram is laid out for its measured box and fitted (the prerendered drawing is replaced). */
async function settled(page: Page): Promise<void> {
  await expect(svg(page)).not.toHaveAttribute('data-prerendered');
  let last = '';
  await expect
    .poll(async () => {
      const now = await transformOf(page);
      const same = now === last;
      last = now;
      return same;
    }, { intervals: [150] })
    .toBe(true);
}

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await expect(svg(page)).toBeVisible();
  await settled(page);
});

const KUBEADM: Record<string, string> = {
  'kubelet-apiserver': 'secure',
  'kube-proxy-apiserver': 'secure',
  'pod-apiserver': 'secure',
  'apiserver-kubelet': 'unverified',
  'apiserver-proxy-node': 'plaintext',
  'apiserver-proxy-pod': 'plaintext',
  'apiserver-proxy-service': 'plaintext',
  'konnectivity-agent-server': 'disabled',
  'apiserver-ssh-tunnel': 'disabled',
  'kubelet-readonly': 'disabled',
};

test('draws the one kubeadm pool once: each path kind once, with its state, pool and ends', async ({ page }) => {
  for (const [id, state] of Object.entries(KUBEADM)) {
    const els = drawn(page, id);
    await expect(els).toHaveCount(1);
    await expect(els).toHaveAttribute('data-state', state);
    await expect(els).toHaveAttribute('data-pool', 'default');
  }
  await expect(drawn(page, 'apiserver-konnectivity-server')).toHaveAttribute('data-state', 'disabled');
  await expect(drawn(page, 'apiserver-konnectivity-server')).not.toHaveAttribute('data-pool', /.*/);
  await expect(svg(page).locator('.kp-paths [data-path]')).toHaveCount(11);
  for (const id of ['apiserver', 'konnectivity-server', 'user', 'kubelet@default', 'pods@default', 'node@default']) {
    await expect(svg(page).locator(`[data-component="${id}"]`).first()).toBeAttached();
  }
  await expect(drawn(page, 'apiserver-kubelet')).toHaveAttribute('aria-label', 'apiserver → kubelet :10250 on pool default (3 nodes): unverified');
  await expect(drawn(page, 'apiserver-kubelet')).toHaveAttribute('marker-end', 'url(#kp-arrow-unverified)');
  await expect(page.getByTestId('band')).toContainText('untrusted network');
  await expect(svg(page).locator('[data-pool="default"] .kp-pool-count')).toHaveText('3 nodes');
});

test('labels each bundle of paths across the band with what it carries', async ({ page }) => {
  const label = (b: string) => svg(page).locator(`.kp-bundle-label[data-bundle="${b}"]`);
  await expect(label('logs')).toHaveText('logs · exec · attach · port-forward');
  await expect(label('proxy')).toHaveText('proxy → node / pod / service');
  await expect(label('watches')).toHaveText('watches · API calls');
  await expect(label('tunnel')).toHaveText('tunnel');
  await expect(label('read-only')).toHaveText('read-only :10255');
});

test('mixed-pools draws both pools with their own states, named by pool', async ({ page }) => {
  await page.goto('./?preset=mixed-pools');
  await expect(svg(page).locator('.kp-card-bg')).toHaveCount(2);
  const kubelet = (pool: string) => svg(page).locator(`.kp-paths [data-path="apiserver-kubelet"][data-pool="${pool}"]`);
  await expect(kubelet('bootstrapped')).toHaveAttribute('data-state', 'secure');
  await expect(kubelet('legacy')).toHaveAttribute('data-state', 'broken');
  await expect(kubelet('legacy')).toHaveAttribute('data-key', 'apiserver-kubelet@legacy');
  await expect(kubelet('legacy')).toHaveAttribute('aria-label', 'apiserver → kubelet :10250 on pool legacy (2 nodes): broken');
  await expect(svg(page).locator('[data-pool="legacy"] .kp-pool-name')).toHaveText('legacy');
  await expect(svg(page).locator('[data-pool="bootstrapped"] .kp-pool-count')).toHaveText('4 nodes');
});

test('5,000 nodes in two pools draw as many elements as 6 nodes in the same two pools (within 10%)', async ({ page }) => {
  const count = async (query: string) => {
    await page.goto(`./${query}`);
    await expect(svg(page).locator('.kp-card-bg')).toHaveCount(2);
    await expect(svg(page).locator('.kp-paths [data-path]')).toHaveCount(21);
    // Every panel loaded (the configuration and the table come right after the first paint).
    await expect(page.getByLabel(/--kubelet-certificate-authority/)).toBeVisible();
    await expect(page.getByTestId('path-table').locator('tbody tr')).toHaveCount(21);
    return { page: await page.locator('body *').count(), diagram: await svg(page).locator('*').count() };
  };
  const small = await count('?pools=a:3,b:3');
  const large = await count('?pools=a:2500,b:2500');
  await expect(svg(page).locator('[data-pool="a"] .kp-pool-count')).toHaveText('2,500 nodes');
  expect(Math.abs(large.page - small.page) / small.page).toBeLessThanOrEqual(0.1);
  expect(Math.abs(large.diagram - small.diagram) / small.diagram).toBeLessThanOrEqual(0.1);
});

test('hovering a component and focusing a path highlight them, the path kind in every pool', async ({ page }) => {
  await page.goto('./?preset=mixed-pools');
  const highlight = page.getByTestId('highlight');
  await expect(highlight).toHaveCount(0);
  await svg(page).locator('[data-component="kubelet@legacy"]').hover();
  await expect(highlight).toHaveAttribute('data-highlight', 'kubelet@legacy');
  await svg(page).locator('.kp-paths [data-path="apiserver-kubelet"][data-pool="legacy"]').focus();
  await expect(highlight).toHaveAttribute('data-highlight', 'apiserver-kubelet@legacy');
  await expect(highlight).toHaveAttribute('data-highlight-kind', 'apiserver-kubelet');
  await expect(highlight.locator('.kp-hl-end')).toHaveCount(2);
  // Every pool's instance of the kind is drawn again over the dimmed diagram, in its own state.
  await expect(highlight.locator('[data-hl-key="apiserver-kubelet@bootstrapped"]')).toHaveAttribute('data-state', 'secure');
  await expect(highlight.locator('[data-hl-key="apiserver-kubelet@legacy"]')).toHaveAttribute('data-state', 'broken');
  await expect(highlight.locator('.kp-hl-path')).toHaveCount(2);
});

test('a path is selected by click and by keyboard', async ({ page }) => {
  const path = drawn(page, 'apiserver-kubelet');
  await expect(path).toHaveAttribute('aria-pressed', 'false');
  await clickOnStroke(page, path);
  await expect(path).toHaveAttribute('aria-pressed', 'true');
  await expect(path).toHaveAttribute('data-selected', 'true');
  await expect(page.getByRole('complementary', { name: 'Inspector' })).toBeVisible();

  // Keyboard: Tab from the diagram reaches the pool's card, then the control plane's own path.
  await svg(page).focus();
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveAttribute('data-component', 'node@default');
  await page.keyboard.press('Tab');
  const own = page.locator(':focus');
  await expect(own).toHaveAttribute('data-path', 'apiserver-konnectivity-server');
  await page.keyboard.press('Enter');
  await expect(own).toHaveAttribute('aria-pressed', 'true');
  await expect(path).toHaveAttribute('aria-pressed', 'false');
});

test('inside a pool card arrow keys reach its parts and paths and Tab moves on to the next pool', async ({ page }) => {
  await page.goto('./?preset=mixed-pools');
  await svg(page).locator('[data-component="node@bootstrapped"]').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator(':focus')).toHaveAttribute('data-component', 'kubelet@bootstrapped');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('selected-ring')).toHaveAttribute('data-selected-component', 'kubelet@bootstrapped');
  await page.keyboard.press('End');
  const last = page.locator(':focus');
  await expect(last).toHaveAttribute('data-pool', 'bootstrapped');
  await expect(last).toHaveAttribute('data-path', /.+/);
  await page.keyboard.press('Space');
  await expect(last).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveAttribute('data-component', 'node@legacy');
  await page.keyboard.press('Shift+Tab');
  await expect(page.locator(':focus')).toHaveAttribute('data-component', 'node@bootstrapped');
});

test('zoom buttons and keys change the transform; fit restores the whole view', async ({ page }) => {
  await expect.poll(() => transformOf(page)).not.toBe('translate(0,0) scale(1)');
  const fitted = await transformOf(page);
  expect(scaleOf(fitted)).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(() => transformOf(page).then(scaleOf)).toBeCloseTo(scaleOf(fitted) * 1.25, 5);
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await expect.poll(() => transformOf(page).then(scaleOf)).toBeLessThan(scaleOf(fitted));
  await page.getByRole('button', { name: 'Fit to view' }).click();
  await expect.poll(() => transformOf(page)).toBe(fitted);

  await svg(page).focus();
  await page.keyboard.press('+');
  await expect.poll(() => transformOf(page).then(scaleOf)).toBeGreaterThan(scaleOf(fitted));
  const zoomed = await transformOf(page);
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => transformOf(page)).not.toBe(zoomed);
  await page.keyboard.press('0');
  await expect.poll(() => transformOf(page)).toBe(fitted);
});

/** Drags across the band by (−100, +30) px, then (after `released`) expects a pan by exactly that, at the same zoom. */
async function dragPansBy100(page: Page, released: () => void = () => {}): Promise<void> {
  const before = parseTransform(await transformOf(page));
  const box = (await page.getByTestId('band').boundingBox())!;
  const [x0, y0] = [Math.round(box.x + box.width - 40), Math.round(box.y + box.height / 2)];
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  await page.mouse.move(x0 - 100, y0 + 30, { steps: 5 });
  await page.mouse.up();
  released();
  // The stage is an unscaled CSS box, so the translation moves by exactly the pointer's travel.
  await expect.poll(async () => parseTransform(await transformOf(page)).x).toBeCloseTo(before.x - 100, 0);
  const after = parseTransform(await transformOf(page));
  expect(after.y).toBeCloseTo(before.y + 30, 0);
  expect(after.k).toBe(before.k);
}

test('a drag made while the pan/zoom code is still loading pans by the distance dragged, once', async ({ page }) => {
  // Hold d3-zoom's chunk back until the drag is over (a slow phone, a busy network).
  let release = () => {};
  const held = new Promise<void>((r) => (release = r));
  await page.route(/zoomBehaviour-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('./');
  await expect(svg(page)).toBeVisible();
  await settled(page);
  await dragPansBy100(page, release);
});

test('dragging pans the diagram by the distance dragged, at the same zoom', async ({ page }) => {
  await dragPansBy100(page);
});

test('the legend lists all six states with a sample and meaning', async ({ page }) => {
  const legend = page.getByTestId('legend');
  await expect(legend).toBeVisible();
  const items = legend.locator('li');
  await expect(items).toHaveCount(6);
  for (const s of ['secure', 'tunneled', 'unverified', 'plaintext', 'broken', 'disabled']) {
    const item = legend.locator(`li[data-state="${s}"]`);
    await expect(item).toContainText(s);
    await expect(item.locator('.kp-path')).toHaveAttribute('data-state', s);
  }
});

test('the diagram and legend have no serious accessibility violations', async ({ page }) => {
  const results = await new AxeBuilder({ page }).include('[data-testid="graph"]').include('[data-testid="legend"]').analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
