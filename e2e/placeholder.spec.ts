import { expect, test } from '@playwright/test';

test('the page lists the kubeadm paths with their states', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'kube-paths' })).toBeVisible();
  await expect(page.locator('.path-table [data-path="apiserver-kubelet"]')).toHaveAttribute('data-state', 'unverified');
  await expect(page.locator('.path-table [data-path="kubelet-apiserver"]')).toHaveAttribute('data-state', 'secure');
  await expect(page.locator('.path-table [data-path]')).toHaveCount(11);
});
