import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { TOURS } from '../src/model/tours';
import { expect, test } from './fixtures';

const tour = TOURS.find((t) => t.id === 'kubelet-ca')!;

const diagramPath = (page: Page, id: string) => page.locator(`svg.kp-svg .kp-paths path[data-path="${id}"]`).first();

/** Presses Tab until `name` has focus, as a keyboard user would. */
async function tabTo(page: Page, name: string | RegExp, max = 200) {
  const target = page.getByRole('button', { name });
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`never reached ${String(name)} with Tab`);
}

async function expectStep(page: Page, n: number) {
  const step = tour.steps[n - 1]!;
  await expect(page.getByTestId('tour-player')).toHaveAttribute('data-step', String(n));
  await expect(page.locator('#tour-step-title')).toHaveText(step.title);
  await expect(page.getByTestId('tour-narration')).toContainText(step.narration.slice(0, 40));
  for (const [id, state] of Object.entries(step.expect) as [string, string][]) {
    await expect(page.locator(`[data-testid="path-table"] tr[data-path="${id}"]`)).toHaveAttribute('data-state', state);
    await expect(diagramPath(page, id)).toHaveAttribute('data-state', state);
  }
  if (step.highlight) await expect(diagramPath(page, step.highlight)).toHaveAttribute('data-selected', 'true');
  await expect(page).toHaveURL(new RegExp(`tour=${tour.id}&step=${n}(&|$)`));
}

/** A masked path shows no state: `masked` in the diagram and the table, "hidden" in its name. */
async function expectMasked(page: Page, id: string, masked: boolean) {
  const row = page.locator(`[data-testid="path-table"] tr[data-path="${id}"]`);
  const path = diagramPath(page, id);
  if (masked) {
    await expect(row).toHaveAttribute('data-state', 'masked');
    await expect(row).toContainText('hidden');
    await expect(path).toHaveAttribute('data-state', 'masked');
    await expect(path).toHaveAttribute('aria-label', /hidden until the question is answered/);
  } else {
    await expect(row).not.toHaveAttribute('data-state', 'masked');
    await expect(path).not.toHaveAttribute('data-state', 'masked');
  }
}

test('a whole tour by keyboard: picker, → through every step, predict, reveal; the URL keeps the step', async ({ app, page }) => {
  await app.open();
  // From the top of the page: the tour button is among the first stops.
  await tabTo(page, 'Workshop tours', 5);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('tour-picker')).toBeVisible();
  await tabTo(page, new RegExp(tour.title), 3);
  await page.keyboard.press('Enter');
  await expect(page.locator('#tour-step-title')).toBeFocused();
  await expect(page.getByTestId('tour-picker')).toHaveCount(0);

  // Step 1 asks first: the answer is hidden until the question is answered.
  await expect(page.getByTestId('tour-player')).toHaveAttribute('data-step', '1');
  await expectMasked(page, 'apiserver-kubelet', true);
  // The step selects the asked path: the inspector says its details wait for the answer.
  await expect(page.getByTestId('inspector-masked')).toBeVisible();
  await page.keyboard.press('Tab');
  const radios = page.getByRole('radiogroup').getByRole('radio');
  await expect(radios.first()).toBeFocused();
  // Arrows inside the radio group choose an answer; they do not step the tour.
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'unverified' })).toBeChecked();
  await expect(page.getByTestId('tour-player')).toHaveAttribute('data-step', '1');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Reveal the answer' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('predict-result')).toHaveText('Right: it is unverified.');
  await expect(page.getByTestId('predict-result')).toBeFocused();
  await expectMasked(page, 'apiserver-kubelet', false);
  await expectStep(page, 1);

  for (let n = 2; n <= tour.steps.length; n++) {
    await page.keyboard.press('ArrowRight');
    if (tour.steps[n - 1]!.predict) {
      await expect(page.getByTestId('tour-player')).toHaveAttribute('data-step', String(n));
      await expectMasked(page, tour.steps[n - 1]!.predict!.path, true);
      // Answer wrong this time (the first choice is secure; → moves to tunneled).
      await expect(page.locator('#tour-step-title')).toBeFocused();
      await page.keyboard.press('Tab');
      await expect(page.getByRole('radiogroup').getByRole('radio').first()).toBeFocused();
      await page.keyboard.press('ArrowRight'); // secure → tunneled
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('predict-result')).toHaveText('Not quite: you said tunneled; it is secure.');
      await expect(page.getByTestId('predict-result')).toHaveAttribute('data-correct', 'false');
    }
    await expectStep(page, n);
  }
  // → at the last step stays there; ← goes back a step.
  await page.keyboard.press('ArrowRight');
  await expectStep(page, tour.steps.length);
  await page.keyboard.press('ArrowLeft');
  await expectStep(page, tour.steps.length - 1);
  await page.keyboard.press('ArrowRight');
  await expectStep(page, tour.steps.length);

  // A reload restores step N from the link; answers are not kept, so its question is open again.
  await expect(page).toHaveURL(new RegExp(`[?&]step=${tour.steps.length}(&|$)`));
  await page.reload();
  const lastStep = tour.steps.at(-1)!;
  if (lastStep.predict) {
    await expect(page.getByTestId('tour-player')).toHaveAttribute('data-step', String(tour.steps.length));
    await expectMasked(page, lastStep.predict.path, true);
    await page.getByRole('button', { name: 'Skip and reveal' }).click();
  }
  await expectStep(page, tour.steps.length);
});

test('a hand-written link opens step N with its scenario; the buttons step too', async ({ app, page }) => {
  await app.open('?tour=kubelet-ca&step=2');
  await expectStep(page, 2);
  await page.getByRole('button', { name: 'Next step' }).click();
  await expectStep(page, 3);
  await page.getByRole('button', { name: 'Previous step' }).click();
  await expectStep(page, 2);
  // Arrow keys in a form field move the caret, not the tour.
  await page.getByLabel('Number of nodes').focus();
  await page.keyboard.press('ArrowRight');
  await expectStep(page, 2);
});

test('the pool-by-pool tour: its step on pool legacy selects that pool’s instance, asks, then shows legacy broken only', async ({ app, page }) => {
  const rollout = TOURS.find((t) => t.id === 'pool-by-pool')!;
  const step = rollout.steps[1]!;
  expect([step.highlight, step.highlightPool, step.predict?.pool]).toEqual(['apiserver-kubelet', 'legacy', 'legacy']);
  await app.open('?tour=pool-by-pool&step=1');
  await expect(app.row('apiserver-kubelet', 'legacy')).toHaveAttribute('data-state', 'unverified');
  await page.locator('#tour-step-title').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('tour-player')).toHaveAttribute('data-step', '2');
  await expect(page).toHaveURL(/select=apiserver-kubelet@legacy/);
  // Both pools' instances changed since step 1 (unverified → secure on bootstrapped, → broken on
  // legacy): their rows and paths hide their state until the question about legacy is answered.
  for (const pool of ['bootstrapped', 'legacy']) {
    await expect(app.row('apiserver-kubelet', pool)).toHaveAttribute('data-state', 'masked');
    await expect(app.row('apiserver-kubelet', pool).locator('> td').nth(1)).toHaveText(/hidden/);
    await expect(page.locator(`svg.kp-svg .kp-paths path[data-path="apiserver-kubelet"][data-pool="${pool}"]`)).toHaveAttribute('data-state', 'masked');
  }
  await page.getByRole('radio', { name: 'broken' }).check();
  await page.getByRole('button', { name: 'Reveal the answer' }).click();
  await expect(page.getByTestId('predict-result')).toHaveText('Right: it is broken.');
  // The step's claims (checked against the engine in tours.test.ts), per pool, in the table.
  for (const [claim, state] of Object.entries(step.expect) as [string, string][]) {
    const [id, pool] = claim.split('@') as [string, string];
    await expect(app.row(id, pool)).toHaveAttribute('data-state', state);
  }
  const inspected = app.inspector.locator('[data-inspected-path="apiserver-kubelet"]');
  await expect(inspected).toHaveAttribute('data-inspected-pool', 'legacy');
  await expect(inspected).toHaveAttribute('data-state', 'broken');
  await expect(app.row('apiserver-kubelet', 'legacy').getByRole('button')).toHaveAttribute('aria-pressed', 'true');
  await expect(app.row('apiserver-kubelet', 'bootstrapped').getByRole('button')).toHaveAttribute('aria-pressed', 'false');
});

test('the attacker tour picks each step’s position and marks exactly the paths the step says it exploits', async ({
  app,
  page,
}) => {
  const attacker = TOURS.find((t) => t.id === 'attacker')!;
  await app.open('?tour=attacker&step=1');
  const paths = page.locator('svg.kp-svg .kp-paths path[data-path]');
  for (let n = 1; n <= attacker.steps.length; n++) {
    const step = attacker.steps[n - 1]!;
    await expect(page.getByTestId('tour-player')).toHaveAttribute('data-step', String(n));
    await expect(page.getByTestId('workshop').locator('.attacker-picker')).toHaveAttribute('data-attacker', step.attacker!);
    const masked = step.predict?.path;
    // Marks are drawn on every path but those a question hides (drawn masked: a mark would give the
    // answer away).
    await expect
      .poll(() =>
        paths.evaluateAll((els) =>
          els.every(
            (el) => el.hasAttribute('data-exposed') !== (el.getAttribute('data-state') === 'masked'),
          ),
        ),
      )
      .toBe(true);
    if (masked) {
      await expect(paths.and(page.locator(`[data-path="${masked}"][data-state="masked"]`))).not.toHaveCount(0);
    }
    if (masked) {
      await page.getByRole('radio', { name: step.predict!.answer }).check();
      await page.getByRole('button', { name: 'Reveal the answer' }).click();
    }
    await expect
      .poll(() => paths.evaluateAll((els) => els.every((el) => el.hasAttribute('data-exposed'))))
      .toBe(true);
    const seen = await paths.evaluateAll((els) =>
      els.map((el) => [el.getAttribute('data-path'), el.getAttribute('data-exposed')]),
    );
    for (const [id, mark] of seen)
      expect([n, id, mark]).toEqual([n, id, String(step.exposed!.includes(id as never))]);
    if (n < attacker.steps.length) await page.getByRole('button', { name: 'Next step' }).click();
  }
});

test('Escape closes the tour picker and returns focus to its button', async ({ app, page }) => {
  await app.open();
  await page.getByRole('button', { name: 'Workshop tours' }).click();
  await page.getByTestId('tour-picker').getByRole('button').first().focus();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('tour-picker')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Workshop tours' })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Workshop tours' })).toHaveAttribute('aria-expanded', 'false');
});

test('an unknown tour in a link is ignored with a notice', async ({ app, page }) => {
  await app.open('?tour=nope&step=2');
  await expect(app.notices).toContainText('unknown tour "nope"');
  await expect(page.getByTestId('tour-player')).toHaveCount(0);
  await app.expectState('apiserver-kubelet', 'unverified');
});

test('presenter view hides the controls and the table, and enlarges the narration', async ({ app, page }) => {
  await app.open('?tour=proxy&step=3');
  const before = await page.locator('.tour-narration').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  await page.getByRole('button', { name: 'Presenter view' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Presenter view' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('complementary', { name: 'Configuration' })).toBeHidden();
  await expect(page.getByRole('complementary', { name: 'Inspector' })).toBeHidden();
  await expect(page.getByTestId('path-table')).toBeHidden();
  await expect(page.getByTestId('graph')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
  const after = await page.locator('.tour-narration').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(after).toBeGreaterThan(before * 1.3);
  await expect(page).toHaveURL(/presenter=1/);
  // Stepping works in presenter view, and the link restores it.
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('tour-player')).toHaveAttribute('data-step', '4');
  await expect(page).toHaveURL(/[?&]step=4(&|$)/);
  await page.reload();
  await expect(page.getByRole('complementary', { name: 'Configuration' })).toBeHidden();
  await page.getByRole('button', { name: 'End tour' }).click();
  await expect(page.getByTestId('tour-player')).toHaveCount(0);
  await expect(page.getByRole('complementary', { name: 'Configuration' })).toBeVisible();
  await expect(page).not.toHaveURL(/tour=|presenter=/);
});

for (const [name, query] of [
  ['predict step', '?tour=konnectivity&step=1'],
  ['presenter view, dark', '?tour=ssh-history&step=2&presenter=1&theme=dark&contrast=high'],
] as const) {
  test(`axe finds no serious or critical violations in the tour player: ${name}`, async ({ app, page }) => {
    await app.open(query);
    await expect(page.getByTestId('tour-player')).toBeVisible();
    // Presenter view shows the step alone: the tour picker is not on screen there.
    if (!query.includes('presenter=1')) {
      await page.getByRole('button', { name: 'Workshop tours' }).click();
      await expect(page.getByTestId('tour-picker')).toBeVisible();
    }
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
  });
}

test('the embed snippet gives both forms for the current scenario', async ({ app, page }) => {
  await app.open('?preset=kubelet-ca&select=apiserver-kubelet');
  await page.getByRole('button', { name: 'Embed snippet' }).click();
  const iframe = await page.locator('[data-snippet="iframe"]').inputValue();
  const element = await page.locator('[data-snippet="element"]').inputValue();
  expect(iframe).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?v=1&amp;preset=kubelet-ca&amp;select=apiserver-kubelet@default&amp;embed=1"/);
  expect(element).toMatch(/<script type="module" src="http:\/\/127\.0\.0\.1:\d+\/embed\/kube-paths\.js"><\/script>/);
  expect(element).toContain('<kube-paths query="v=1&amp;preset=kubelet-ca&amp;select=apiserver-kubelet@default"');
  // The iframe snippet's address really opens the embed mode with this scenario.
  const src = /src="([^"]+)"/.exec(iframe)![1]!.replace(/&amp;/g, '&');
  await page.goto(src);
  await expect(page.locator('.kp-paths path[data-path="apiserver-kubelet"]').first()).toHaveAttribute('data-state', 'secure');
  await expect(page.getByRole('heading', { name: 'kube-paths' })).toHaveCount(0);
});
