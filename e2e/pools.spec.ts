import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, KubePaths, test } from './fixtures';

// Expected states from DOMAIN.md §9 (an oracle independent of the code): with
// --kubelet-certificate-authority set, apiserver → kubelet is secure on a pool whose kubelets
// bootstrap CA-signed serving certificates and broken on a pool whose kubelets self-sign.

/** Every table row's `path@pool` that is in `state`. */
async function rowsIn(app: KubePaths, state: string): Promise<string[]> {
  return app.table
    .locator(`tr[data-state="${state}"]`)
    .evaluateAll((rows) => rows.map((r) => `${r.getAttribute('data-path')}@${r.getAttribute('data-pool') ?? ''}`));
}

const editor = (page: Page) => page.getByTestId('pools-editor');

/** Presses Tab until `target` has focus, as a keyboard user would. */
async function tabTo(page: Page, target: ReturnType<Page['getByRole']>, max = 30) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('never reached the control with Tab');
}

test('keyboard only: add a pool, make it self-sign under the kubelet CA, and only that pool breaks; reload and the link keep it', async ({
  app,
  page,
  browser,
}) => {
  await app.open('?preset=kubelet-ca');
  await app.expectState('apiserver-kubelet', 'secure');
  // Start from the pools editor's first control; from there on, keys only.
  await editor(page).getByRole('radio').first().focus();
  await tabTo(page, page.getByRole('button', { name: 'Add a pool' }));
  await page.keyboard.press('Enter');
  // The new pool is edited, and its name field has the focus with the text selected.
  await expect(page.getByLabel('Pool name')).toBeFocused();
  await page.keyboard.type('legacy');
  await page.keyboard.press('Enter');
  await expect(editor(page).getByRole('radio', { name: /legacy/ })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel(/Number of nodes in pool legacy/)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByLabel(/Number of nodes in pool legacy/)).toHaveValue('2');
  // The kubelet controls edit pool legacy now: make its kubelets self-sign.
  const scope = page.getByLabel('Kubelet settings for');
  await expect(scope).toHaveValue('legacy');
  const serving = page.getByLabel(/serverTLSBootstrap/);
  await serving.focus();
  await expect(serving).toHaveValue('tls-bootstrap');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(serving).toHaveValue('self-signed');

  const expectBrokenOnLegacyOnly = async () => {
    await expect(app.row('apiserver-kubelet', 'legacy')).toHaveAttribute('data-state', 'broken');
    await expect(app.row('apiserver-kubelet', 'default')).toHaveAttribute('data-state', 'secure');
    expect(await rowsIn(app, 'broken')).toEqual(['apiserver-kubelet@legacy']);
  };
  await expectBrokenOnLegacyOnly();
  await expect(page.getByLabel(/--kubelet-certificate-authority/)).toBeChecked();
  // default (tls-bootstrap) and legacy (self-signed) under the kubelet CA is the mixed-pools preset
  // with other pool names and counts: the link says so in two parameters.
  await expect(page).toHaveURL(/\?v=1&preset=mixed-pools&pools=default:3,legacy:2$/);

  // The inspector on that pool's instance, selected by keyboard from its table row.
  await app.row('apiserver-kubelet', 'legacy').getByRole('button').focus();
  await page.keyboard.press('Enter');
  const inspected = app.inspector.locator('[data-inspected-path="apiserver-kubelet"]');
  await expect(inspected).toHaveAttribute('data-inspected-pool', 'legacy');
  await expect(inspected).toHaveAttribute('data-state', 'broken');
  await expect(inspected.getByTestId('pool-values').locator('[data-key="kubelet.servingCertificate"]')).toHaveAttribute('data-value', 'self-signed');
  await expect(inspected.locator('.inspector-id code')).toHaveText('apiserver-kubelet@legacy');

  // A reload keeps it (saved state and the link, which names the selected instance).
  await expect(page).toHaveURL(/[?&]select=apiserver-kubelet@legacy(&|$)/);
  await page.reload();
  await expectBrokenOnLegacyOnly();
  await expect(inspected).toHaveAttribute('data-inspected-pool', 'legacy');
  // The link, opened by someone else (no saved state), shows the same.
  const link = page.url();
  const other = await browser.newPage();
  const otherApp = new KubePaths(other);
  await other.goto(link);
  await expect(otherApp.row('apiserver-kubelet', 'legacy')).toHaveAttribute('data-state', 'broken');
  await expect(otherApp.row('apiserver-kubelet', 'default')).toHaveAttribute('data-state', 'secure');
  await expect(otherApp.inspector.locator('[data-inspected-path="apiserver-kubelet"]')).toHaveAttribute('data-inspected-pool', 'legacy');
  await other.close();
});

test('keyboard only: pick, rename, move and remove a pool; undo brings it back with its settings', async ({ app, page }) => {
  await app.open('?preset=mixed-pools');
  const radios = editor(page).getByRole('radio');
  await expect(radios).toHaveCount(3);
  await radios.first().focus();
  // Arrow keys pick the pool: every pool → bootstrapped → legacy.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(editor(page).getByRole('radio', { name: /legacy/ })).toBeChecked();
  await tabTo(page, page.getByLabel('Pool name') as ReturnType<Page['getByRole']>);
  // A bad name is refused with a message; the pool keeps its name.
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Old_Nodes');
  await page.keyboard.press('Enter');
  await expect(editor(page).getByRole('alert')).toContainText('is not a DNS label');
  await expect(page).toHaveURL(/preset=mixed-pools(&|$)/);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('old-nodes');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/pools=bootstrapped:4,old-nodes:2/);
  await expect(app.row('apiserver-kubelet', 'old-nodes')).toHaveAttribute('data-state', 'broken');

  const up = page.getByRole('button', { name: 'Move pool old-nodes up' });
  await tabTo(page, up);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/pools=old-nodes:2,bootstrapped:4/);
  await expect(up).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Remove pool old-nodes' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(editor(page).getByRole('status')).toContainText('Removed pool old-nodes (2 nodes)');
  await expect(app.row('apiserver-kubelet', 'old-nodes')).toHaveCount(0);
  await expect(app.row('apiserver-kubelet')).toHaveAttribute('data-state', 'secure');
  // Focus went to the pool list, not to the page.
  await expect(editor(page).getByRole('radio', { name: /bootstrapped/ })).toBeFocused();
  await page.getByRole('button', { name: 'Undo last preset or fix' }).focus();
  await page.keyboard.press('Enter');
  await expect(app.row('apiserver-kubelet', 'old-nodes')).toHaveAttribute('data-state', 'broken');
  await expect(page).toHaveURL(/pools=old-nodes:2,bootstrapped:4/);
});

test('a pool count the others leave no room for is clamped with a message; over 20 pools is refused', async ({ app, page }) => {
  await app.open(`?pools=${Array.from({ length: 20 }, (_, i) => `p${i + 1}:${i === 0 ? 10 : 1}`).join(',')}`);
  await expect(editor(page).getByRole('radio')).toHaveCount(21);
  // aria-disabled (it keeps its place in the Tab order) and says why when pressed.
  const add = page.getByRole('button', { name: 'Add a pool' });
  await expect(add).toHaveAttribute('aria-disabled', 'true');
  await add.focus();
  await page.keyboard.press('Enter');
  await expect(editor(page).getByRole('alert')).toHaveText('Cannot add a pool: a scenario has at most 20 pools: remove one first.');
  await editor(page).getByRole('radio', { name: /^p1 ·/ }).check();
  const nodes = page.getByLabel(/Number of nodes in pool p1/);
  await nodes.fill('5000');
  await expect(page.getByText('5000 is outside 1–4,981 (the other pools have 19 of the 5,000 nodes): using 4981.')).toBeVisible();
  await expect(page).toHaveURL(/pools=p1:4981,p2:1/);
});

test('?preset=mixed-pools shows both pools with their states, in the editor, the table and the inspector', async ({ app, page }) => {
  await app.open('?preset=mixed-pools');
  await expect(page.getByLabel('Preset', { exact: true })).toHaveValue('mixed-pools');
  await expect(editor(page).locator('[data-pool-choice="bootstrapped"]')).toHaveText('bootstrapped · 4 nodes');
  await expect(editor(page).locator('[data-pool-choice="legacy"]')).toHaveText('legacy · 2 nodes');
  await expect(app.row('apiserver-kubelet', 'bootstrapped')).toHaveAttribute('data-state', 'secure');
  await expect(app.row('apiserver-kubelet', 'legacy')).toHaveAttribute('data-state', 'broken');
  await expect(app.table.locator('tr[data-path]')).toHaveCount(21);
  for (const [pool, state] of [
    ['bootstrapped', 'secure'],
    ['legacy', 'broken'],
  ] as const) {
    await app.row('apiserver-kubelet', pool).getByRole('button').click();
    const inspected = app.inspector.locator('[data-inspected-path="apiserver-kubelet"]');
    await expect(inspected).toHaveAttribute('data-inspected-pool', pool);
    await expect(inspected).toHaveAttribute('data-state', state);
  }
  // The kubelet control that differs between the pools says so, naming them.
  await expect(page.locator('#ctl-kubelet-servingCertificate-mixed')).toHaveText(
    '≠ Differs between pools: 1 pool: tls-bootstrap (bootstrapped); 1 pool: self-signed (legacy)',
  );
});

test('the exports list the pools: the SVG caption and legend, the Markdown report as the CLI', async ({ app, page }) => {
  await app.open('?preset=mixed-pools');
  await page.getByRole('button', { name: 'Export' }).click();
  const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Diagram as SVG/ }).click()]);
  const svg = (await import('node:fs')).readFileSync((await svgDownload.path())!, 'utf8');
  const blank = await page.context().newPage();
  const parsed = await blank.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const pools = [...doc.querySelectorAll('.kp-export-pools [data-pool]')].map((g) => g.textContent);
    return { caption: doc.querySelector('.kp-export-caption')?.textContent ?? '', pools };
  }, svg);
  await blank.close();
  expect(parsed.caption).toContain('2 pools, 6 nodes: bootstrapped (4 nodes), legacy (2 nodes)');
  expect(parsed.pools).toHaveLength(2);
  expect(parsed.pools[0]).toMatch(/^bootstrapped · 4 nodes/);
  expect(parsed.pools[0]).not.toContain('broken');
  expect(parsed.pools[1]).toMatch(/^legacy · 2 nodes1 broken, /);
  await page.getByRole('button', { name: 'Export' }).click();
  const [mdDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Report as Markdown/ }).click()]);
  const md = (await import('node:fs')).readFileSync((await mdDownload.path())!, 'utf8');
  // The CLI's Markdown (src/cli/pageReports.test.ts checks they are equal): a section per pool.
  expect(md).toContain('### Pool bootstrapped (4 nodes)');
  expect(md).toContain('### Pool legacy (2 nodes)');
});

test('axe finds no serious or critical violations with the pools editor open on a pool', async ({ app, page }) => {
  test.slow();
  await app.open('?preset=mixed-pools&theme=dark');
  await editor(page).getByRole('radio', { name: /legacy/ }).check();
  await page.getByLabel('Pool name').fill('Bad name');
  await expect(editor(page).getByRole('alert')).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
});
