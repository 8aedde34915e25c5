import { expect, test } from './fixtures';

test.describe('nothing crashes the page', () => {
  for (const panel of ['inspector', 'diagram', 'controls', 'table'] as const) {
    test(`a thrown error in the ${panel} panel leaves the others usable and can be reset`, async ({ app, page }) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      // The inspector is shown while something is selected.
      await app.open(`?preset=kubeadm&crash=${panel}${panel === 'inspector' ? '&select=apiserver' : ''}`);
      const fallback = page.getByTestId(`panel-error-${panel}`);
      await expect(fallback).toBeVisible();
      await expect(fallback).toContainText(`self-test crash requested by ?crash=${panel}`);
      // The other panels still work: change a flag and see the states follow.
      if (panel !== 'controls') {
        await page.getByLabel(/--kubelet-certificate-authority/).check();
        if (panel !== 'table') await app.expectState('apiserver-kubelet', 'broken');
      }
      if (panel !== 'diagram') {
        await expect(page.locator('svg.kp-svg .kp-paths [data-path="apiserver-kubelet"]').first()).toBeVisible();
      }
      await fallback.getByRole('button', { name: `Reset the ${panel} panel` }).click();
      await expect(fallback).toHaveCount(0);
      if (panel === 'table') await app.expectState('apiserver-kubelet', 'broken');
      expect(errors).toEqual([]);
    });
  }

  test('a thrown error in the tour player ends the tour on reset and keeps the page', async ({ app, page }) => {
    await app.open('?tour=ca-mismatch&step=1&crash=tour');
    const fallback = page.getByTestId('panel-error-tour');
    await expect(fallback).toBeVisible();
    await expect(page.locator('svg.kp-svg .kp-paths [data-path="apiserver-kubelet"]').first()).toBeVisible();
    await fallback.getByRole('button', { name: 'Reset the tour panel' }).click();
    await expect(fallback).toHaveCount(0);
    await expect(page).not.toHaveURL(/tour=/);
  });

  test('the crash self-test parameter never shows up as an ignored link parameter', async ({ app, page }) => {
    await app.open('?preset=kubeadm&crash=nothing');
    await expect(app.notices).not.toContainText('crash');
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});
