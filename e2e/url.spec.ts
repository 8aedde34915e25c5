import { expect, test } from './fixtures';

// Expected states straight from DOMAIN.md §5/§6 (an oracle independent of the code).
const PRESET_STATES: Record<string, Record<string, string>> = {
  'flags-only': { 'apiserver-kubelet': 'unverified', 'apiserver-proxy-pod': 'plaintext', 'kubelet-readonly': 'plaintext', 'konnectivity-agent-server': 'disabled' },
  kubeadm: { 'apiserver-kubelet': 'unverified', 'apiserver-proxy-node': 'plaintext', 'kubelet-readonly': 'disabled', 'kubelet-apiserver': 'secure' },
  'kubelet-ca': { 'apiserver-kubelet': 'secure', 'apiserver-proxy-service': 'plaintext' },
  'ca-mismatch': { 'apiserver-kubelet': 'broken', 'apiserver-proxy-pod': 'plaintext' },
  konnectivity: { 'apiserver-kubelet': 'tunneled', 'apiserver-proxy-pod': 'tunneled', 'konnectivity-agent-server': 'secure', 'apiserver-konnectivity-server': 'secure' },
  hardened: { 'apiserver-kubelet': 'secure', 'apiserver-proxy-node': 'tunneled', 'apiserver-proxy-service': 'tunneled', 'pod-apiserver': 'secure' },
  'legacy-ssh': { 'apiserver-ssh-tunnel': 'unverified', 'apiserver-proxy-node': 'unverified', 'kubelet-readonly': 'plaintext', 'apiserver-kubelet': 'unverified' },
};

test.describe('each preset via the URL', () => {
  for (const [preset, states] of Object.entries(PRESET_STATES)) {
    test(`?preset=${preset}`, async ({ app, page }) => {
      await app.open(`?preset=${preset}`);
      await expect(page.getByLabel('Preset', { exact: true })).toHaveValue(preset);
      for (const [id, state] of Object.entries(states)) await app.expectState(id, state);
      await expect(app.table.locator('tr[data-path]')).toHaveCount(11);
    });
  }
});

test.describe('URL state', () => {
  test('the issue example restores config, selection and theme', async ({ app, page }) => {
    await app.open('?v=1&preset=kubeadm&nodes=3&apiserver.kubeletCertificateAuthority=true&select=apiserver-kubelet&theme=dark');
    await app.expectState('apiserver-kubelet', 'broken');
    await expect(page.getByLabel(/--kubelet-certificate-authority/)).toBeChecked();
    await expect(app.inspector.locator('[data-inspected-path="apiserver-kubelet"]')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  });

  test('every change updates the URL without a reload, and a reload restores the view', async ({ app, page }) => {
    await app.open();
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
    await page.getByLabel(/authentication\.x509\.clientCAFile/).uncheck();
    await expect(page).toHaveURL(/kubelet\.clientCAFile=false/);
    await app.pathButton('apiserver-proxy-pod').click();
    await expect(page).toHaveURL(/select=apiserver-proxy-pod@default/);
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await page.getByRole('button', { name: 'High contrast' }).click();
    await expect(page).toHaveURL(/theme=dark&contrast=high/);
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);

    await page.reload();
    await app.expectState('apiserver-kubelet', 'broken');
    await expect(page.getByLabel(/authentication\.x509\.clientCAFile/)).not.toBeChecked();
    await expect(app.inspector.locator('[data-inspected-path="apiserver-proxy-pod"]')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
    await expect(page.getByLabel('Preset', { exact: true })).toHaveValue('custom');
  });

  test('picking a preset writes a short link', async ({ app, page }) => {
    await app.open('?kubelet.readOnlyPort=10255');
    await page.getByLabel('Preset', { exact: true }).selectOption('hardened');
    await expect(page).toHaveURL(/\?v=1&preset=hardened$/);
    await app.expectState('kubelet-readonly', 'disabled');
  });

  test('bad parameters show a dismissible notice naming them, and the page still draws', async ({ app, page }) => {
    await app.open('?preset=nope&foo=bar&kubelet.readOnlyPort=lots&nodes=6000&select=etcd-backup&apiserver.kubeletCertificateAuthority=true');
    const notice = app.notices.locator('[data-notice="url-ignored"]');
    await expect(notice).toHaveAttribute('role', 'alert');
    for (const name of ['preset', 'foo', 'kubelet.readOnlyPort', 'nodes', 'select']) await expect(notice).toContainText(name);
    // The valid parameter still applies over the default preset.
    await app.expectState('apiserver-kubelet', 'broken');
    await expect(page.getByLabel(/Number of nodes/)).toHaveValue('5000');
    await notice.getByRole('button', { name: /Dismiss/ }).click();
    await expect(notice).toHaveCount(0);
  });

  test('without a theme in the link the page follows prefers-color-scheme', async ({ app, page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await app.open();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page).not.toHaveURL(/theme=/);
    await page.emulateMedia({ colorScheme: 'light' });
    await app.open('?theme=dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  });

  test('the summary wording follows network.untrusted', async ({ app, page }) => {
    await app.open();
    await expect(page.getByTestId('summary')).toContainText('at risk now');
    await page.getByLabel(/untrusted control-plane/).uncheck();
    await expect(page.getByTestId('summary')).toContainText('would be at risk on an untrusted network');
    await expect(page).toHaveURL(/network\.untrusted=false/);
  });
});
