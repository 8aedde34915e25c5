import type { Locator, Page } from '@playwright/test';
import { TOURS } from '../src/model/tours';
import { expect, test } from './fixtures';

/** Rendered size of every text of the diagram, in CSS px: its computed font size × the zoom scale on screen. */
async function textSizes(
  page: Page,
  root = 'svg.kp-svg',
): Promise<{ min: number; text: string; count: number }> {
  return page
    .locator(root)
    .first()
    .evaluate((svg: SVGSVGElement) => {
      let min = Infinity;
      let text = '';
      let count = 0;
      for (const el of svg.querySelectorAll<SVGTextElement>('text')) {
        const box = el.getBoundingClientRect();
        if (box.width === 0 || getComputedStyle(el).visibility === 'hidden') continue;
        const ctm = el.getScreenCTM()!;
        const px = parseFloat(getComputedStyle(el).fontSize) * Math.hypot(ctm.a, ctm.b);
        count++;
        if (px < min) [min, text] = [px, el.textContent ?? ''];
      }
      return { min, text, count };
    });
}

/** Share of the viewport a box covers. */
async function share(page: Page, el: Locator): Promise<number> {
  const box = (await el.boundingBox())!;
  const vp = page.viewportSize()!;
  return (box.width * box.height) / (vp.width * vp.height);
}

async function inView(page: Page, el: Locator) {
  const box = (await el.boundingBox())!;
  const vp = page.viewportSize()!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(vp.height + 0.5);
  expect(box.x + box.width).toBeLessThanOrEqual(vp.width + 0.5);
}

for (const [width, height] of [
  [1280, 720],
  [1920, 1080],
] as const) {
  test.describe(`at ${width}×${height}`, () => {
    test.use({ viewport: { width, height } });

    test('the diagram covers at least 55% of the screen, the legend is in view, the header is one row', async ({
      app,
      page,
    }) => {
      await app.open();
      const graph = page.getByTestId('graph');
      expect(await share(page, graph)).toBeGreaterThanOrEqual(0.55);
      await inView(page, page.getByTestId('legend'));
      await inView(page, graph);
      const tops = await page
        .locator('.app-header button')
        .evaluateAll((els) =>
          els
            .filter((e) => e.getClientRects().length > 0)
            .map((e) => Math.round(e.getBoundingClientRect().top)),
        );
      expect(tops.length).toBeGreaterThanOrEqual(6);
      expect(Math.max(...tops) - Math.min(...tops)).toBeLessThanOrEqual(2);
      // The review tools stay in view below the diagram.
      await inView(page, page.getByRole('button', { name: 'Make it safe' }));
    });

    test('every diagram text renders at least 11 px at Fit (default scenario)', async ({
      app,
      page,
    }) => {
      await app.open();
      const t = await textSizes(page);
      expect(t.count).toBeGreaterThan(20);
      expect(t.min, `smallest: "${t.text}"`).toBeGreaterThanOrEqual(11);
      // Names of components and pools are never hidden, whatever the detail.
      for (const name of [
        'kube-apiserver',
        'konnectivity-server',
        'etcd',
        'kube-scheduler',
        'kube-controller-manager',
        'kubectl user',
        'kubelet',
        'kube-proxy',
        'default',
      ]) {
        await expect(
          page.locator('svg.kp-svg text', { hasText: new RegExp(`^${name}$`) }).first(),
        ).toBeVisible();
      }
    });

    test('the inspector is folded until something is selected, then opens beside or over the diagram', async ({
      app,
      page,
    }) => {
      await app.open();
      const inspector = page.getByRole('complementary', { name: 'Inspector' });
      await expect(inspector).toBeHidden();
      await page.locator('svg.kp-svg .kp-paths [data-path="apiserver-kubelet"]').focus();
      await page.keyboard.press('Enter');
      await expect(inspector).toBeVisible();
      const i = (await inspector.boundingBox())!;
      const g = (await page.getByTestId('graph').boundingBox())!;
      // Beside (touching the diagram's right edge) or over its right side; vertically alongside it.
      expect(i.x).toBeGreaterThan(g.x + g.width / 3);
      expect(i.x).toBeLessThanOrEqual(g.x + g.width + 12);
      expect(i.y).toBeLessThan(g.y + g.height);
      await inView(page, inspector);
      await page.getByRole('button', { name: 'Clear selection' }).click();
      await expect(inspector).toBeHidden();
    });
  });
}

test.describe('presenter view at 1280×720', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('every step of a tour: diagram ≥ 60%, narration ≥ 24 px, both fully in view, diagram text ≥ 14 px; ←/→ step', async ({
    app,
    page,
  }) => {
    const tour = TOURS.find((t) => t.id === 'kubelet-ca')!;
    await app.open(`?tour=${tour.id}&step=1&presenter=1`);
    for (let n = 1; n <= tour.steps.length; n++) {
      await expect(page.getByTestId('tour-player')).toHaveAttribute('data-step', String(n));
      const graph = page.getByTestId('graph');
      expect(await share(page, graph)).toBeGreaterThanOrEqual(0.6);
      const narration = page.locator('.tour-narration');
      expect(
        await narration.evaluate((el) => parseFloat(getComputedStyle(el).fontSize)),
      ).toBeGreaterThanOrEqual(24);
      for (const el of [
        graph,
        narration,
        page.getByRole('button', { name: 'Next step' }),
        page.getByRole('button', { name: 'End tour' }),
      ]) {
        await inView(page, el);
      }
      if (tour.steps[n - 1]!.predict) await inView(page, page.getByTestId('tour-predict'));
      expect(await page.evaluate(() => document.documentElement.scrollHeight <= innerHeight)).toBe(
        true,
      );
      const t = await textSizes(page);
      expect(t.min, `step ${n}, smallest: "${t.text}"`).toBeGreaterThanOrEqual(14);
      await page.locator('body').press('ArrowRight');
    }
    await page.locator('body').press('ArrowLeft');
    await expect(page.getByTestId('tour-player')).toHaveAttribute(
      'data-step',
      String(tour.steps.length - 1),
    );
  });
});

test.describe('on a phone (390×844)', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  /** The drawing on screen, and where the control plane and the first pool are. */
  async function drawing(page: Page, root = 'svg.kp-svg') {
    return page
      .locator(root)
      .first()
      .evaluate((svg: SVGSVGElement) => {
        const r = svg.querySelector('.kp-viewport')!.getBoundingClientRect();
        const hub = svg.querySelector('[data-component="apiserver"]')!.getBoundingClientRect();
        const card = svg.querySelector('.kp-card-bg')!.getBoundingClientRect();
        return {
          width: r.width,
          left: r.left,
          hubBottom: hub.bottom,
          cardTop: card.top,
          mode: svg.dataset['mode'],
        };
      });
  }

  test('the same diagram, stacked: control plane on top, pools below, ≥ 80% of the width, text ≥ 10 px', async ({
    app,
    page,
  }) => {
    await app.open('?preset=mixed-pools');
    const d = await drawing(page);
    expect(d.mode).toBe('narrow');
    expect(d.width).toBeGreaterThanOrEqual(0.8 * 390);
    expect(d.hubBottom).toBeLessThan(d.cardTop);
    const t = await textSizes(page);
    expect(t.min, `smallest: "${t.text}"`).toBeGreaterThanOrEqual(10);
    await inView(page, page.getByTestId('graph'));
  });

  test('the configuration is a folded panel the header opens', async ({ app, page }) => {
    await app.open();
    const panel = page.getByRole('complementary', { name: 'Configuration' });
    await expect(panel).toBeHidden();
    const toggle = page.getByRole('button', { name: 'Configuration' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    await expect(panel).toBeVisible();
    await expect(page.getByLabel(/--kubelet-certificate-authority/)).toBeVisible();
  });

  test('embed=1 draws the same stacked diagram', async ({ page }) => {
    await page.goto('./?embed=1');
    await expect(page.getByTestId('embed')).toBeVisible();
    const d = await drawing(page);
    expect(d.mode).toBe('narrow');
    expect(d.width).toBeGreaterThanOrEqual(0.8 * 390);
    expect((await textSizes(page)).min).toBeGreaterThanOrEqual(10);
  });

  test('the <kube-paths> element draws the same stacked diagram in a phone-wide docs column', async ({
    page,
  }) => {
    await page.goto('./docs-sample.html');
    // A docs page gives the element room to match a phone's (its sample box is 520 px tall).
    await page.locator('#kp-kubeadm').evaluate((el) => (el.parentElement!.style.height = '820px'));
    const root = '#kp-kubeadm svg.kp-svg';
    await expect(page.locator(`${root} .kp-paths [data-path="apiserver-kubelet"]`)).toHaveAttribute(
      'data-state',
      'unverified',
    );
    await expect.poll(async () => (await drawing(page, root)).mode).toBe('narrow');
    const host = (await page.locator('#kp-kubeadm').boundingBox())!;
    expect((await drawing(page, root)).width).toBeGreaterThanOrEqual(0.8 * host.width);
    // The column is narrower than the phone (the docs page's margins): the drawing is a little smaller.
    expect((await textSizes(page, root)).min).toBeGreaterThanOrEqual(8.5);
  });
});
