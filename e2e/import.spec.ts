import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const fixtures = join(import.meta.dirname, '../src/model/import/fixtures');
const fixture = (name: string) => readFileSync(join(fixtures, name), 'utf8');
const row = (page: Page, id: string) => page.getByTestId('path-table').locator(`tr[data-path="${id}"]`);
const panel = (page: Page) => page.getByTestId('import-panel');

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await expect(row(page, 'apiserver-kubelet')).toHaveAttribute('data-state', 'unverified');
});

test('pasting a kubeadm manifest and applying it changes the scenario; undo returns', async ({
  page,
}) => {
  const manifest = fixture('kubeadm-1.30-kube-apiserver.yaml').replace(
    '    - --kubelet-client-key=',
    '    - --kubelet-certificate-authority=/etc/kubernetes/pki/ca.crt\n    - --kubelet-client-key=',
  );
  await page.getByLabel('Paste a manifest, unit, config or command line').fill(manifest);
  await page.getByRole('button', { name: 'Add pasted text' }).click();
  await expect(page.getByTestId('import-files')).toContainText('kube-apiserver Pod manifest');
  await expect(page.getByTestId('import-warnings')).toContainText('kubelets self-sign');
  await expect(panel(page).locator('tr[data-key="version"]')).toContainText('1.30');
  await expect(panel(page).locator('tr[data-key="kubelet.servingCertificate"]')).toHaveAttribute(
    'data-source',
    'assumed',
  );

  // Clicking a file source shows that line of the pasted text.
  await page
    .locator('[data-key="apiserver.kubeletCertificateAuthority"]')
    .getByRole('button')
    .click();
  await expect(page.getByTestId('import-viewer').locator('[data-hit="true"]')).toContainText(
    '--kubelet-certificate-authority=/etc/kubernetes/pki/ca.crt',
  );

  await expect(row(page, 'apiserver-kubelet')).toHaveAttribute('data-state', 'unverified');
  await page.getByRole('button', { name: 'Apply import' }).click();
  await expect(row(page, 'apiserver-kubelet')).toHaveAttribute('data-state', 'broken');
  await page.getByRole('button', { name: 'Undo import' }).click();
  await expect(row(page, 'apiserver-kubelet')).toHaveAttribute('data-state', 'unverified');
  await expect(page.getByRole('button', { name: 'Undo import' })).toBeDisabled();
});

test('uploading files with the file input imports them all', async ({ page }) => {
  await page.getByTestId('import-file-input').setInputFiles([
    {
      name: 'kube-apiserver.service',
      mimeType: 'text/plain',
      buffer: Buffer.from(fixture('hard-way-kube-apiserver.service')),
    },
    {
      name: 'kubelet-config.yaml',
      mimeType: 'text/yaml',
      buffer: Buffer.from(fixture('hard-way-kubelet-config.yaml')),
    },
  ]);
  await expect(page.getByTestId('import-files')).toContainText('kube-apiserver systemd unit');
  await expect(page.getByTestId('import-files')).toContainText('KubeletConfiguration');
  await expect(page.getByTestId('import-warnings')).toContainText(
    'kube-apiserver.service:24: --kubelet-https was removed in v1.22',
  );
  await page.getByRole('button', { name: 'Apply import' }).click();
  await expect(row(page, 'apiserver-kubelet')).toHaveAttribute('data-state', 'secure');
});

test('a bad file shows a clear error and keeps the previous scenario', async ({ page }) => {
  await page.getByTestId('import-file-input').setInputFiles([
    {
      name: 'kubelet.yaml',
      mimeType: 'text/yaml',
      buffer: Buffer.from(fixture('eks-kubelet-config.json')),
    },
    {
      name: 'broken.yaml',
      mimeType: 'text/yaml',
      buffer: Buffer.from('apiVersion: v1\nkind: Pod\nspec: [\n'),
    },
  ]);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Cannot import: nothing was changed');
  await expect(alert).toContainText('broken.yaml:4: YAML does not parse');
  await expect(page.getByRole('button', { name: 'Apply import' })).toBeDisabled();
  await expect(row(page, 'apiserver-kubelet')).toHaveAttribute('data-state', 'unverified');

  // Removing the bad file keeps the good one, which then imports.
  await page.getByRole('button', { name: 'Remove broken.yaml' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Apply import' })).toBeEnabled();
});

test('the drop zone is keyboard reachable and the panel has no axe violations', async ({
  page,
}) => {
  const drop = page.getByRole('button', { name: /Drop files here/ });
  await drop.focus();
  await expect(drop).toBeFocused();
  await page
    .getByLabel('Paste a manifest, unit, config or command line')
    .fill(fixture('ps-output.txt'));
  await page.getByRole('button', { name: 'Add pasted text' }).click();
  const results = await new AxeBuilder({ page }).include('[data-testid="import-panel"]').analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
  await expect(panel(page)).toContainText('kubelet command line');
});

test('dropping a file on the drop zone reads it locally', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  const text = fixture('kubelet-flags-only.service');
  const data = await page.evaluateHandle((t) => {
    const dt = new DataTransfer();
    dt.items.add(new File([t], 'kubelet.service', { type: 'text/plain' }));
    return dt;
  }, text);
  const drop = page.getByRole('button', { name: /Drop files here/ });
  await drop.dispatchEvent('dragover', { dataTransfer: data });
  await drop.dispatchEvent('drop', { dataTransfer: data });
  await expect(page.getByTestId('import-files')).toContainText(
    'kubelet.service: kubelet systemd unit',
  );
  await expect(page.getByTestId('import-warnings')).toContainText(
    'kubelet.service:8: the kubelet runs without --config',
  );
  await page.getByRole('button', { name: 'Apply import' }).click();
  await expect(row(page, 'kubelet-readonly')).toHaveAttribute('data-state', 'plaintext');
  const origin = new URL(page.url()).origin;
  expect(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'))).toEqual([]);
});

test('the pools an import formed: move a file and rename a pool by keyboard before Apply; axe finds nothing', async ({
  page,
}) => {
  const upload = (name: string) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(fixture(name)) });
  await page
    .getByTestId('import-file-input')
    .setInputFiles(['pool-a-kubelet.yaml', 'pool-b-kubelet.service', 'pool-b-kubelet.yaml'].map(upload));
  const pools = page.getByTestId('import-pools');
  // Each configuration forms a pool; the unit joins the configuration its --config names (DOMAIN.md §9).
  await expect(pools.locator('[data-pool="pool-b-kubelet"] [data-file]')).toHaveCount(2);
  const results = await new AxeBuilder({ page }).include('[data-testid="import-panel"]').analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);

  // Keyboard: the unit's pool select, ArrowUp to pool-a-kubelet.
  const move = page.getByLabel('Pool for pool-b-kubelet.service');
  await move.focus();
  await page.keyboard.press('ArrowUp');
  await expect(pools.locator('[data-pool="pool-a-kubelet"]')).toHaveAttribute('data-grouping', 'explicit');
  await expect(pools.locator('[data-pool="pool-a-kubelet"] [data-file="pool-b-kubelet.service"]')).toBeVisible();
  const name = page.getByLabel('Name of imported pool 1');
  await name.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('legacy');
  await page.keyboard.press('Enter');
  await expect(pools.locator('[data-pool="legacy"]')).toBeVisible();
  await page.getByRole('button', { name: 'Apply import' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('import-status')).toHaveText(
    'Applied the import of 3 files: 2 pools legacy (1 node), pool-b-kubelet (1 node).',
  );
  // Pool a's kubelet serves the read-only port (readOnlyPort: 10255); pool b's does not.
  const table = page.getByTestId('path-table');
  await expect(table.locator('tr[data-path="kubelet-readonly"][data-pool="legacy"]')).toHaveAttribute('data-state', 'plaintext');
  await expect(table.locator('tr[data-path="kubelet-readonly"][data-pool="pool-b-kubelet"]')).toHaveAttribute('data-state', 'disabled');
  await expect(page).toHaveURL(/pools=legacy:1,pool-b-kubelet:1/);
});
