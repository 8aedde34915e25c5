import { expect, test } from './fixtures';

test.describe('the user’s work survives', () => {
  test('a change survives a bare reload', async ({ app, page }) => {
    await app.open('?preset=kubeadm');
    await page.getByLabel(/--kubelet-certificate-authority/).check();
    await app.expectState('apiserver-kubelet', 'broken');
    await page.goto('./');
    await app.expectState('apiserver-kubelet', 'broken');
    await expect(page).toHaveURL(/apiserver\.kubeletCertificateAuthority=true|preset=ca-mismatch/);
  });

  test('a link with parameters wins over the saved state', async ({ app }) => {
    await app.open('?preset=ca-mismatch');
    await app.expectState('apiserver-kubelet', 'broken');
    await app.open('?preset=hardened');
    await app.expectState('apiserver-kubelet', 'secure');
  });

  test('corrupt saved data still renders, with a notice', async ({ app, page }) => {
    await page.addInitScript(() => localStorage.setItem('kube-paths', '{"state":{"config":"evil"},"version":1}'));
    await app.open();
    await app.expectState('apiserver-kubelet', 'unverified');
    await expect(app.notices).toContainText('Saved settings could not be read');
    await app.notices.getByRole('button', { name: /dismiss/i }).first().click();
    await expect(app.notices).not.toContainText('Saved settings');
  });

  test('unavailable storage degrades to memory with a notice', async ({ app, page }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await app.open('?preset=kubeadm');
    await page.getByLabel(/--kubelet-certificate-authority/).check();
    await app.expectState('apiserver-kubelet', 'broken');
    await expect(app.notices).toContainText('kept for this tab only');
  });
});
