import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const diagramPaths = (page: Page) => page.locator('svg.kp-svg .kp-paths path[data-path]');
const halos = (page: Page, present?: boolean) =>
  page.locator(
    `svg.kp-svg .kp-paths .kp-exposed-casing${present === undefined ? '' : `[data-present="${present}"]`}`,
  );

/** Every drawn path instance with its kind and its mark, once the marks are drawn. */
async function marks(page: Page): Promise<Array<[string, string | null]>> {
  return diagramPaths(page).evaluateAll((els) =>
    els.map((el) => [el.getAttribute('data-path')!, el.getAttribute('data-exposed')]),
  );
}

/** Waits until every drawn path carries data-exposed, then checks it against the kinds expected. */
async function expectExposed(page: Page, exposed: readonly string[]) {
  await expect.poll(async () => (await marks(page)).every(([, m]) => m !== null)).toBe(true);
  const seen = await marks(page);
  expect(seen.length).toBeGreaterThan(0);
  for (const [id, mark] of seen) expect([id, mark]).toEqual([id, String(exposed.includes(id))]);
}

// DOMAIN.md §10 by hand: on flags-only a compromised pod reaches the kubelet that serves anonymous
// callers (:10250) and the plaintext read-only port (:10255); on hardened it reaches nothing.
const POD_ON_FLAGS_ONLY = ['apiserver-kubelet', 'kubelet-readonly'];

test('?preset=flags-only&attacker=pod marks what a compromised pod can exploit, names it, and hardened leaves nothing', async ({
  app,
  page,
}) => {
  await app.open('?preset=flags-only&attacker=pod');
  await expect(page.getByRole('button', { name: 'Attacker: a compromised pod' })).toBeVisible();
  await expectExposed(page, POD_ON_FLAGS_ONLY);
  // Each exploitable path has its halo (one pool drawn once × 2 kinds), and the legend explains it.
  await expect(halos(page)).toHaveCount(2);
  await expect(page.getByTestId('attacker-legend')).toContainText(
    'paths a compromised pod can exploit get a halo and a badge',
  );
  const summary = page.getByTestId('attacker-summary');
  await expect(summary).toContainText(
    'A compromised pod can exploit 2 paths on 3 nodes: exec in every pod (kubelet serves anonymous callers), read every pod spec (read-only port)',
  );
  await expect(
    summary.getByRole('list', { name: 'Paths a compromised pod can exploit' }).getByRole('button'),
  ).toHaveText(['apiserver → kubelet :10250', 'anyone → kubelet :10255']);

  // The inspector lists who can exploit the selected path, the picked position first.
  await summary.getByRole('button', { name: 'apiserver → kubelet :10250' }).click();
  const who = app.inspector.getByTestId('exposures');
  await expect(who.locator('li.exposure')).toHaveCount(5);
  expect(
    await who
      .locator('li.exposure')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-position'))),
  ).toEqual(['pod', 'link', 'node-network', 'node', 'anyone']);
  await expect(who.locator('li.exposure[data-position="pod"]')).toContainText(
    'What takes this away from a compromised pod',
  );
  for (const a of await who.getByRole('link').all())
    await expect(a).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(page).toHaveURL(/[?&]attacker=pod(&|$)/);

  await page.getByLabel('Preset', { exact: true }).selectOption('hardened');
  await app.expectState('apiserver-kubelet', 'secure');
  await expectExposed(page, []);
  await expect(halos(page)).toHaveCount(0);
  await expect(summary).toHaveText('A compromised pod can exploit nothing here.');
  await expect(page).toHaveURL(/[?&]attacker=pod(&|$)/);
});

test('the picker by keyboard: open, arrows show each position at once, Escape closes; the link keeps it, a reload without it forgets it', async ({
  app,
  page,
}) => {
  await app.open('?preset=flags-only');
  const opener = page.getByRole('button', { name: 'Attacker: none' });
  await opener.focus();
  await page.keyboard.press('Enter');
  const group = page.getByRole('group', { name: 'Who is the attacker?' });
  await expect(group.getByRole('radio', { name: /nobody/ })).toBeFocused();
  // Nothing is marked while nobody is picked.
  expect((await marks(page)).filter(([, m]) => m !== null)).toEqual([]);
  await page.keyboard.press('ArrowDown');
  const link = group.getByRole('radio', { name: /on the link/ });
  await expect(link).toBeChecked();
  await expect(link).toBeFocused();
  // The focused choice has a visible focus ring.
  const ring = await link.evaluate((el) => getComputedStyle(el.closest('label')!).outlineStyle);
  expect(ring).toBe('solid');
  await expect(page).toHaveURL(/[?&]attacker=link(&|$)/);
  // On flags-only the link reaches the unverified kubelet path and the three plaintext proxies.
  await expectExposed(page, [
    'apiserver-kubelet',
    'apiserver-proxy-node',
    'apiserver-proxy-pod',
    'apiserver-proxy-service',
  ]);
  await page.keyboard.press('Escape');
  await expect(group).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Attacker: on the link' })).toBeFocused();

  // View state like the selection: in the link, never in saved state.
  await page.reload();
  await expectExposed(page, [
    'apiserver-kubelet',
    'apiserver-proxy-node',
    'apiserver-proxy-pod',
    'apiserver-proxy-service',
  ]);
  await page.goto('./');
  await expect(page.getByRole('button', { name: 'Attacker: none' })).toBeVisible();
  await app.expectState('kubelet-readonly', 'plaintext');
  expect((await marks(page)).filter(([, m]) => m !== null)).toEqual([]);
  await expect(page).not.toHaveURL(/attacker=/);
});

test('on a trusted network the link is marked as it would be on an untrusted one', async ({
  app,
  page,
}) => {
  await app.open('?preset=kubeadm&network.untrusted=false&attacker=link');
  await expectExposed(page, [
    'apiserver-kubelet',
    'apiserver-proxy-node',
    'apiserver-proxy-pod',
    'apiserver-proxy-service',
  ]);
  await expect(halos(page, false).first()).toBeVisible();
  await expect(halos(page, true)).toHaveCount(0);
  await expect(page.getByTestId('attacker-summary')).toContainText(
    'would be, on an untrusted network',
  );
  const label = await diagramPaths(page)
    .and(page.locator('[data-path="apiserver-kubelet"]'))
    .first()
    .getAttribute('aria-label');
  expect(label).toContain('someone on the link could, on an untrusted network, exploit this');
});

test('axe finds no serious or critical violations with the attacker picker open', async ({
  app,
  page,
}) => {
  await app.open('?preset=flags-only&attacker=pod&select=apiserver-kubelet');
  await expect(app.inspector.getByTestId('exposures')).toBeVisible();
  await page.getByRole('button', { name: /^Attacker:/ }).click();
  await expect(page.getByRole('group', { name: 'Who is the attacker?' })).toBeVisible();
  await expectExposed(page, POD_ON_FLAGS_ONLY);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    bad.map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    ),
  ).toEqual([]);
});

test('the plan and the compare panels say what a change takes away from each position', async ({
  app,
  page,
}) => {
  await app.open('?preset=flags-only&attacker=pod');
  await page.getByRole('button', { name: 'Make it safe' }).click();
  await expect(page.getByTestId('plan-panel').getByTestId('attacker-changes')).toContainText(
    'a compromised pod: 2 paths → 1 path',
  );
  await page.getByRole('button', { name: 'Compare' }).click();
  await page.getByLabel('Compare the current scenario against').selectOption('hardened');
  await expect(page.getByTestId('compare-panel').getByTestId('attacker-changes')).toContainText(
    'a compromised pod: 0 paths → 2 paths',
  );
});
