import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Tour "konnectivity", step 3 asks about apiserver → kubelet after the egress frontend became
// plain TCP. Against step 2's scenario (DOMAIN.md §5: a tcp frontend makes every dial through
// the konnectivity-server fail) exactly these instances change, all from a safe state to broken:
const CHANGED = [
  'apiserver-kubelet@default',
  'apiserver-proxy-node@default',
  'apiserver-proxy-pod@default',
  'apiserver-proxy-service@default',
  'apiserver-konnectivity-server',
] as const;
const STEP = '?tour=konnectivity&step=3';

/**
 * Every trace of the state `broken` on the page outside the legend and the question's own
 * choices: text, attribute values (names, labels, data-*), and colours (stroke, fill, text,
 * border) equal to the broken state's colour.
 */
async function tracesOf(page: Page, state: string) {
  return page.evaluate((word) => {
    const colour = (v: string) => {
      const probe = document.createElement('span');
      probe.style.color = v;
      document.body.append(probe);
      const c = getComputedStyle(probe).color;
      probe.remove();
      return c;
    };
    const broken = colour(
      getComputedStyle(document.documentElement).getPropertyValue(`--state-${word}`).trim(),
    );
    const allowed = (el: Element) =>
      el.closest('[data-testid="legend"], [data-testid="tour-predict"], defs') !== null;
    const out: string[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      if (allowed(el)) continue;
      for (const a of el.attributes)
        if (a.value.includes(word)) out.push(`${el.tagName} ${a.name}="${a.value}"`);
      for (const n of el.childNodes)
        if (n.nodeType === Node.TEXT_NODE && n.textContent!.includes(word))
          out.push(`text "${n.textContent}"`);
      const s = getComputedStyle(el);
      if (s.display === 'none' || s.visibility === 'hidden') continue;
      for (const p of ['stroke', 'fill', 'color', 'border-top-color'] as const) {
        if (s.getPropertyValue(p) === broken)
          out.push(`${el.tagName}.${el.getAttribute('class')} ${p}`);
      }
    }
    return out;
  }, state);
}

test('a predict step hides every path that changed since the last step, everywhere, until answered', async ({
  app,
  page,
}) => {
  await app.open(STEP);
  await expect(page.getByTestId('tour-predict')).toBeVisible();
  for (const key of CHANGED) {
    const drawn = page.locator(`svg.kp-svg .kp-paths [data-key="${key}"]`);
    await expect(drawn).toHaveAttribute('data-state', 'masked');
    await expect(drawn).toHaveAttribute(
      'aria-label',
      /: hidden until the question is answered(,| |$)/,
    );
    await expect(drawn).not.toHaveAttribute('data-change', /.*/);
  }
  await expect(page.locator('svg.kp-svg .kp-paths path.kp-path[data-state="masked"]')).toHaveCount(
    CHANGED.length,
  );
  for (const id of CHANGED.map((k) => k.split('@')[0]!)) {
    await expect(app.row(id)).toHaveAttribute('data-state', 'masked');
  }
  await expect(page.getByTestId('summary')).toHaveText(
    'The states of 5 path instances are hidden until the question is answered.',
  );
  await expect(page.locator('[data-count-state="masked"]')).toHaveText('5');
  await expect(page.getByTestId('inspector-masked')).toBeVisible();
  // Hovering a hidden path shows its kind, still hidden.
  await page.locator('svg.kp-svg .kp-paths [data-key="apiserver-proxy-pod@default"]').focus();
  await expect(page.getByTestId('highlight').locator('.kp-hl-path')).toHaveAttribute(
    'data-state',
    'masked',
  );
  expect(await tracesOf(page, 'broken')).toEqual([]);

  await page.getByRole('button', { name: 'Skip and reveal' }).click();
  for (const key of CHANGED)
    await expect(page.locator(`svg.kp-svg .kp-paths [data-key="${key}"]`)).toHaveAttribute(
      'data-state',
      'broken',
    );
  await expect(page.locator('svg.kp-svg [data-state="masked"]:not(defs *)')).toHaveCount(0);
  await expect(app.row('apiserver-kubelet')).toHaveAttribute('data-state', 'broken');
  await expect(page.getByTestId('summary')).toContainText('broken');
  // The check finds the answer once it is on the page (it can fail).
  expect((await tracesOf(page, 'broken')).length).toBeGreaterThan(0);
});

test('on a first step only the asked path is hidden (nothing came before it)', async ({
  app,
  page,
}) => {
  await app.open('?tour=kubelet-ca&step=1');
  await expect(page.locator('svg.kp-svg .kp-paths path.kp-path[data-state="masked"]')).toHaveCount(
    1,
  );
  await expect(
    page.locator('svg.kp-svg .kp-paths [data-key="apiserver-kubelet@default"]'),
  ).toHaveAttribute('data-state', 'masked');
  await expect(
    page.locator('svg.kp-svg .kp-paths [data-key="apiserver-proxy-pod@default"]'),
  ).toHaveAttribute('data-state', 'plaintext');
});
