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

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await expect(svg(page)).toBeVisible();
});

test('draws every kubeadm path instance with its state, node and component ends', async ({ page }) => {
  const expected: Record<string, string> = {
    'kubelet-apiserver': 'secure',
    'kube-proxy-apiserver': 'secure',
    'pod-apiserver': 'secure',
    'apiserver-kubelet': 'unverified',
    'apiserver-proxy-node': 'plaintext',
    'apiserver-proxy-pod': 'plaintext',
    'konnectivity-agent-server': 'disabled',
    'apiserver-ssh-tunnel': 'disabled',
    'kubelet-readonly': 'disabled',
  };
  for (const [id, state] of Object.entries(expected)) {
    const els = drawn(page, id);
    await expect(els).toHaveCount(3);
    for (const [i, el] of (await els.all()).entries()) {
      await expect(el).toHaveAttribute('data-state', state);
      await expect(el).toHaveAttribute('data-node', `node-${i + 1}`);
    }
  }
  await expect(drawn(page, 'apiserver-proxy-service')).toHaveAttribute('data-state', 'plaintext');
  await expect(drawn(page, 'apiserver-konnectivity-server')).toHaveAttribute('data-state', 'disabled');
  await expect(svg(page).locator('.kp-paths [data-path]')).toHaveCount(29);
  for (const id of ['apiserver', 'konnectivity-server', 'user', 'kubelet@node-2', 'pods@node-3', 'node@node-1']) {
    await expect(svg(page).locator(`[data-component="${id}"]`)).toHaveCount(1);
  }
  await expect(drawn(page, 'apiserver-kubelet').first()).toHaveAttribute(
    'aria-label',
    'apiserver → kubelet :10250 on node-1: unverified',
  );
  await expect(drawn(page, 'apiserver-kubelet').first()).toHaveAttribute('marker-end', 'url(#kp-arrow-unverified)');
  await expect(page.getByTestId('band')).toContainText('untrusted network');
});

test('hovering a component and focusing a path highlight them and their ends', async ({ page }) => {
  const highlight = page.getByTestId('highlight');
  await expect(highlight).toHaveCount(0);
  await svg(page).locator('[data-component="kubelet@node-2"]').hover();
  await expect(highlight).toHaveAttribute('data-highlight', 'kubelet@node-2');
  await drawn(page, 'apiserver-proxy-service').focus();
  await expect(highlight).toHaveAttribute('data-highlight', 'apiserver-proxy-service@service:shop/web');
  await expect(highlight.locator('.kp-hl-end')).toHaveCount(2);
  await expect(highlight.locator('.kp-hl-path')).toHaveAttribute('data-state', 'plaintext');
});

test('a path is selected by click and by keyboard', async ({ page }) => {
  const path = drawn(page, 'apiserver-kubelet').nth(1);
  await expect(path).toHaveAttribute('aria-pressed', 'false');
  await clickOnStroke(page, path);
  await expect(path).toHaveAttribute('aria-pressed', 'true');
  await expect(path).toHaveAttribute('data-selected', 'true');

  // Keyboard: Tab from the diagram reaches the first cluster-wide path; Enter selects it.
  await svg(page).focus();
  await page.keyboard.press('Tab');
  const first = page.locator(':focus');
  await expect(first).toHaveAttribute('data-path', /.+/);
  await page.keyboard.press('Enter');
  await expect(first).toHaveAttribute('aria-pressed', 'true');
  await expect(path).toHaveAttribute('aria-pressed', 'false');
});

test('inside a node card arrow keys reach its paths and Tab moves on to the next card', async ({ page }) => {
  await svg(page).locator('[data-component="node@node-1"]').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator(':focus')).toHaveAttribute('data-component', 'kubelet@node-1');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('selected-ring')).toHaveAttribute('data-selected-component', 'kubelet@node-1');
  await page.keyboard.press('End');
  const last = page.locator(':focus');
  await expect(last).toHaveAttribute('data-node', 'node-1');
  await expect(last).toHaveAttribute('data-path', /.+/);
  await page.keyboard.press('Space');
  await expect(last).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveAttribute('data-component', 'node@node-2');
  await page.keyboard.press('Shift+Tab');
  await expect(page.locator(':focus')).toHaveAttribute('data-component', 'node@node-1');
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

test('dragging pans the diagram by the distance dragged, at the same zoom', async ({ page }) => {
  const before = parseTransform(await transformOf(page));
  const box = (await page.getByTestId('band').boundingBox())!;
  const [x0, y0] = [Math.round(box.x + box.width - 40), Math.round(box.y + box.height / 2)];
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  await page.mouse.move(x0 - 100, y0 + 30, { steps: 5 });
  await page.mouse.up();
  // The stage is an unscaled CSS box, so the translation moves by exactly the pointer's travel.
  await expect.poll(async () => parseTransform(await transformOf(page)).x).toBeCloseTo(before.x - 100, 0);
  const after = parseTransform(await transformOf(page));
  expect(after.y).toBeCloseTo(before.y + 30, 0);
  expect(after.k).toBe(before.k);
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
