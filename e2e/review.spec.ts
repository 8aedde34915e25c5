import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Download, Page } from '@playwright/test';
import { expect, test, type KubePaths } from './fixtures';

const PATH_IDS = [
  'kubelet-apiserver',
  'kube-proxy-apiserver',
  'pod-apiserver',
  'apiserver-kubelet',
  'apiserver-proxy-node',
  'kubelet-readonly',
] as const;
const SAFE_OR_ABSENT = /^(secure|tunneled|disabled)$/;

const openPanel = async (page: Page, name: 'Make it safe' | 'Compare') => {
  await page.getByRole('button', { name }).click();
  return page.getByRole('region', { name });
};

async function tableStates(app: KubePaths): Promise<Record<string, string | null>> {
  const rows = app.table.locator('tr[data-path]');
  const out: Record<string, string | null> = {};
  for (const row of await rows.all()) out[(await row.getAttribute('data-path'))!] = await row.getAttribute('data-state');
  return out;
}

async function exportAs(page: Page, label: RegExp): Promise<{ download: Download; body: Buffer }> {
  await page.getByRole('button', { name: 'Export' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: label }).click()]);
  const path = await download.path();
  return { download, body: await readFile(path) };
}

test('applying the plan on kubeadm leaves no unsafe and no broken path; undo restores', async ({ app, page }) => {
  await app.open('?preset=kubeadm');
  const before = await tableStates(app);
  expect(Object.values(before).some((s) => !SAFE_OR_ABSENT.test(s ?? ''))).toBe(true);
  const panel = await openPanel(page, 'Make it safe');
  await expect(panel.getByTestId('plan-status')).toHaveAttribute('data-plan', 'steps');
  // Each step names the real flag; the snippets include kube-apiserver flags.
  await expect(panel.locator('.plan-step code.plan-flag').first()).toContainText(/--|\w+:/);
  await expect(panel.locator('[data-snippet="kube-apiserver-flags"] pre')).toContainText('--');
  await panel.getByRole('button', { name: 'Apply the plan' }).click();
  for (const id of Object.keys(before)) await expect(app.row(id)).toHaveAttribute('data-state', SAFE_OR_ABSENT);
  await expect(panel.getByTestId('plan-status')).toHaveAttribute('data-plan', 'safe');
  await page.getByRole('button', { name: 'Undo last preset or fix' }).click();
  for (const [id, state] of Object.entries(before)) await app.expectState(id, state!);
});

test('a plan for the selected path only, widened to the cluster and back, then applied', async ({ app, page }) => {
  await app.open('?preset=ca-mismatch&select=apiserver-kubelet');
  await app.expectState('apiserver-kubelet', 'broken');
  const panel = await openPanel(page, 'Make it safe');
  await expect(panel.getByTestId('plan-panel')).toHaveAttribute('data-scope', 'apiserver-kubelet');
  await expect(panel.locator('.plan-step[data-key="kubelet.servingCertificate"]')).toBeVisible();
  const pathSteps = await panel.locator('.plan-step').count();
  await panel.getByLabel('every path of the cluster').check();
  await expect(panel.getByTestId('plan-panel')).toHaveAttribute('data-scope', 'cluster');
  expect(await panel.locator('.plan-step').count()).toBeGreaterThan(pathSteps);
  await panel.getByLabel(/the selected path only/).check();
  await expect(panel.getByTestId('plan-panel')).toHaveAttribute('data-scope', 'apiserver-kubelet');
  await panel.getByRole('button', { name: 'Apply the plan' }).click();
  await expect(app.row('apiserver-kubelet')).toHaveAttribute('data-state', SAFE_OR_ABSENT);
});

/** Presses Copy on the first plan snippet of ca-mismatch, expects `status`, returns the snippet's text. */
async function copyFirstSnippet(app: KubePaths, page: Page, status: string): Promise<string> {
  await app.open('?preset=ca-mismatch&select=apiserver-kubelet');
  const snippet = (await openPanel(page, 'Make it safe')).locator('.snippet').first();
  await snippet.getByRole('button', { name: 'Copy' }).click();
  await expect(snippet.getByRole('status')).toHaveText(status);
  const text = await snippet.locator('pre').innerText();
  expect(text.length).toBeGreaterThan(0);
  return text;
}

test('the Copy button puts the snippet on the clipboard when the browser allows it', async ({ app, page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const text = await copyFirstSnippet(app, page, '✓ copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
});

test('the Copy button selects the snippet for Ctrl+C when the clipboard refuses', async ({ app, page }) => {
  // A browser that refuses clipboard writes (no permission, insecure origin) rejects the promise.
  await page.addInitScript(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
  });
  const text = await copyFirstSnippet(app, page, 'selected: press Ctrl+C to copy');
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(text);
});

test('the plan says so when the scenario is already safe', async ({ app, page }) => {
  await app.open('?preset=hardened');
  const panel = await openPanel(page, 'Make it safe');
  await expect(panel.getByTestId('plan-status')).toHaveAttribute('data-plan', 'safe');
  await expect(panel.getByTestId('plan-status')).toContainText('Already safe');
});

test('compare against a preset: summary, groups and changed paths marked on the diagram', async ({ app, page }) => {
  await app.open('?preset=hardened');
  const panel = await openPanel(page, 'Compare');
  await panel.getByLabel('Compare the current scenario against').selectOption('kubeadm');
  await expect(panel.getByTestId('compare-summary')).toContainText(/\d+ paths? became safe/);
  const graph = page.getByTestId('graph');
  const changed = graph.locator('.kp-paths [data-path="apiserver-kubelet"][data-change="became-safe"]');
  await expect(changed.first()).toBeVisible();
  await expect(graph.locator('.kp-change-mark[data-change="became-safe"]').first()).toHaveText('▲');
  await expect(panel.locator('li[data-path="apiserver-kubelet"][data-change="became-safe"]')).toBeVisible();
  // Closing the panel removes the overlay.
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(graph.locator('[data-change]')).toHaveCount(0);
});

test('compare against a pasted link reports the ignored parameters', async ({ app, page }) => {
  await app.open('?preset=kubeadm');
  const panel = await openPanel(page, 'Compare');
  await panel.getByLabel('Compare the current scenario against').selectOption('link');
  await panel.getByLabel('Shared link').fill('https://example.test/?v=1&preset=kubeadm&kubelet.readOnlyPort=10255&bogus=1');
  await panel.getByRole('button', { name: 'Use this link' }).click();
  await expect(panel.getByText('Parameters ignored from the link')).toBeVisible();
  await expect(panel.locator('.compare-ignored')).toContainText('bogus');
  await expect(panel.getByTestId('compare-summary')).toContainText(/removed/);
  await expect(page.getByTestId('graph').locator('[data-path="kubelet-readonly"][data-change="removed"]').first()).toBeAttached();
  await panel.getByLabel('Shared link').fill('nonsense');
  await panel.getByRole('button', { name: 'Use this link' }).click();
  await expect(panel.locator('.error-text')).toContainText('no query');
});

test('the SVG export parses as XML, holds the legend and the caption, and carries no test ids', async ({ app, page }) => {
  await app.open('?preset=konnectivity');
  await expect(page.getByTestId('graph').locator('[data-path="apiserver-kubelet"]').first()).toBeVisible();
  const { download, body } = await exportAs(page, /Diagram as SVG/);
  expect(download.suggestedFilename()).toMatch(/^kube-paths-konnectivity-\d{4}-\d\d-\d\d\.svg$/);
  const text = body.toString('utf8');
  // Parsed in a blank page: the app's CSP (rightly) reports the file's <style> if parsed there.
  const blank = await page.context().newPage();
  const parsed = await blank.evaluate((svg) => {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const err = doc.querySelector('parsererror');
    return {
      error: err?.textContent ?? null,
      root: doc.documentElement.nodeName,
      legend: doc.querySelector('.kp-export-legend')?.textContent ?? '',
      caption: doc.querySelector('.kp-export-caption')?.textContent ?? '',
      testIds: doc.querySelectorAll('[data-testid]').length,
      paths: doc.querySelectorAll('.kp-paths [data-path]').length,
      style: doc.querySelector('style')?.textContent ?? '',
    };
  }, text);
  await blank.close();
  expect(parsed.error).toBeNull();
  expect(parsed.root).toBe('svg');
  for (const s of ['secure', 'tunneled', 'unverified', 'plaintext', 'broken', 'disabled']) expect(parsed.legend).toContain(s);
  expect(parsed.caption).toContain('preset konnectivity');
  expect(parsed.caption).toMatch(/Kubernetes \d/);
  expect(parsed.paths).toBeGreaterThan(8);
  expect(parsed.testIds).toBe(0);
  expect(text).not.toContain('data-testid');
  // Standalone: every CSS variable was resolved to a concrete value.
  expect(parsed.style).toContain('.kp-path');
  expect(parsed.style).not.toContain('var(--');
});

test('the PNG export is a real PNG of a non-trivial size', async ({ app, page }) => {
  await app.open('?preset=kubeadm');
  await expect(page.getByTestId('graph').locator('[data-path="apiserver-kubelet"]').first()).toBeVisible();
  const { download, body } = await exportAs(page, /Diagram as PNG/);
  expect(download.suggestedFilename()).toMatch(/\.png$/);
  expect([...body.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(body.length).toBeGreaterThan(20_000);
  const width = body.readUInt32BE(16);
  expect(width).toBeGreaterThanOrEqual(1440);
});

test('the Markdown and JSON reports hold the paths, the plan and the CLI keys', async ({ app, page }) => {
  await app.open('?preset=kubeadm');
  const md = (await exportAs(page, /Report as Markdown/)).body.toString('utf8');
  expect(md).toContain('# kube-paths report: kubeadm');
  expect(md).toContain('| path | state | safe | reasons | fixes |');
  for (const id of PATH_IDS) expect(md).toContain(`\`${id}\``);
  expect(md).toContain('## Make it safe');
  expect(md).toMatch(/\n1\. \[ \] `/);
  const json = JSON.parse((await exportAs(page, /Report as JSON/)).body.toString('utf8')) as Record<string, unknown>;
  for (const key of ['config', 'paths', 'findings', 'warnings', 'plan', 'planSnippets']) expect(json).toHaveProperty(key);
  expect(Array.isArray(json['plan']) && json['plan'].length).toBeGreaterThan(0);
});

test('the review tools work by keyboard: open the plan, open and close the export menu', async ({ app, page }) => {
  await app.open('?preset=kubeadm');
  const plan = page.getByRole('button', { name: 'Make it safe' });
  await plan.focus();
  await page.keyboard.press('Enter');
  await expect(plan).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('region', { name: 'Make it safe' }).getByTestId('plan-status')).toBeVisible();
  const exp = page.getByRole('button', { name: 'Export' });
  await exp.focus();
  await page.keyboard.press('Enter');
  await expect(exp).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: /Diagram as SVG/ })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(exp).toHaveAttribute('aria-expanded', 'false');
  await expect(exp).toBeFocused();
});

async function expectNoSeriousAxe(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
}

test.describe('axe finds no serious or critical violations', () => {
  // One scan per test: a full-page scan takes seconds on a busy machine.
  test.slow();

  test('in the plan panel, with a path selected (dark)', async ({ app, page }) => {
    await app.open('?preset=kubeadm&select=apiserver-kubelet&theme=dark');
    await expect((await openPanel(page, 'Make it safe')).getByTestId('plan-status')).toBeVisible();
    await expectNoSeriousAxe(page);
  });

  test('in the compare panel with the overlay on (light)', async ({ app, page }) => {
    await app.open('?preset=kubeadm&theme=light');
    const cmp = await openPanel(page, 'Compare');
    await cmp.getByLabel('Compare the current scenario against').selectOption('hardened');
    await expect(page.getByTestId('compare-legend')).toBeVisible();
    await expectNoSeriousAxe(page);
  });

  test('in the open export menu (high contrast)', async ({ app, page }) => {
    await app.open('?preset=kubeadm&theme=dark&contrast=high');
    await page.getByRole('button', { name: 'Export' }).click();
    await expect(page.getByRole('button', { name: /Report as JSON/ })).toBeVisible();
    await expectNoSeriousAxe(page);
  });
});
