import type { ConfigKey } from '../src/model/config';
import { expect, test } from './fixtures';

/**
 * Every config key with the control it should get and the real flag or field of DOMAIN.md §4 its
 * name must show, written from that table rather than read from the key catalogue. A Record, so a
 * key added to the catalogue fails the type check until it gets a row here.
 */
const CONTROLS: Readonly<Record<ConfigKey, readonly ['checkbox' | 'combobox' | 'textbox' | 'spinbutton' | 'group', RegExp]>> = {
  version: ['textbox', /Kubernetes version/],
  'network.untrusted': ['checkbox', /untrusted control-plane ↔ node network/],
  'apiserver.anonymousAuth': ['checkbox', /^--anonymous-auth$/],
  'apiserver.authorizationModes': ['group', /^--authorization-mode \(in order\)$/],
  'apiserver.kubeletCertificateAuthority': ['checkbox', /^--kubelet-certificate-authority$/],
  'apiserver.kubeletClientCertificate': ['checkbox', /--kubelet-client-certificate and --kubelet-client-key/],
  'apiserver.sshTunnels': ['checkbox', /--ssh-user and --ssh-keyfile/],
  'apiserver.proxyScheme': ['combobox', /https: prefix/],
  'kubelet.anonymousAuth': ['checkbox', /authentication\.anonymous\.enabled.*--anonymous-auth/],
  'kubelet.webhookAuthentication': ['checkbox', /authentication\.webhook\.enabled.*--authentication-token-webhook/],
  'kubelet.clientCAFile': ['checkbox', /authentication\.x509\.clientCAFile.*--client-ca-file/],
  'kubelet.authorizationMode': ['combobox', /^authorization\.mode.*--authorization-mode/],
  'kubelet.readOnlyPort': ['spinbutton', /readOnlyPort.*--read-only-port/],
  'kubelet.servingCertificate': ['combobox', /tlsCertFile.*serverTLSBootstrap.*--rotate-server-certificates/],
  'konnectivity.enabled': ['checkbox', /--egress-selector-config-file/],
  'konnectivity.agentAuthentication': ['combobox', /--agent-namespace.*--cluster-ca-cert/],
  'konnectivity.frontend': ['combobox', /egress selector transport/],
  'konnectivity.serverMatchesEgress': ['checkbox', /konnectivity-server --mode and --uds-name = egress proxyProtocol and udsName/],
  'pods.automountServiceAccountToken': ['checkbox', /automountServiceAccountToken/],
};

test.describe('controls change the paths', () => {
  test('kubelet CA on kubeadm breaks apiserver-kubelet; bootstrapped serving certs make it secure', async ({ app, page }) => {
    await app.open();
    await app.expectState('apiserver-kubelet', 'unverified');
    await page.getByLabel(/--kubelet-certificate-authority/).check();
    await app.expectState('apiserver-kubelet', 'broken');
    await expect(page.getByTestId('summary')).toContainText('1 broken');
    // kubeadm plus the kubelet CA is exactly the ca-mismatch preset, and the picker says so.
    await expect(page.getByLabel('Preset', { exact: true })).toHaveValue('ca-mismatch');
    await page.getByLabel(/serverTLSBootstrap/).selectOption('tls-bootstrap');
    await app.expectState('apiserver-kubelet', 'secure');
    await expect(page.getByLabel('Preset', { exact: true })).toHaveValue('kubelet-ca');
    await page.getByLabel(/--anonymous-auth$/).uncheck();
    await expect(page.getByLabel('Preset', { exact: true })).toHaveValue('custom');
    await app.expectState('apiserver-proxy-pod', 'plaintext');
  });

  test('Konnectivity re-routes the proxy paths, and a plain tcp frontend breaks them', async ({ app, page }) => {
    await app.open();
    await expect(page.getByText('Only matters when Konnectivity is enabled.').first()).toBeVisible();
    await page.getByLabel(/--egress-selector-config-file/).check();
    // The default agent authentication is none: the tunnel protects nothing.
    await app.expectState('konnectivity-agent-server', 'unverified');
    await app.expectState('apiserver-proxy-pod', 'plaintext');
    await page.getByLabel(/--agent-namespace/).selectOption('service-account-token');
    await app.expectState('apiserver-proxy-pod', 'tunneled');
    await app.expectState('apiserver-kubelet', 'tunneled');
    await page.getByLabel(/egress selector transport/).selectOption('tcp');
    await app.expectState('apiserver-proxy-node', 'broken');
    await app.expectState('apiserver-konnectivity-server', 'broken');
  });

  test('the SSH control says the flags were removed in 1.22', async ({ app, page }) => {
    await app.open('?preset=legacy-ssh');
    await app.expectState('apiserver-ssh-tunnel', 'unverified');
    const version = page.getByLabel(/Kubernetes version/);
    await version.fill('1.22');
    await app.expectState('apiserver-ssh-tunnel', 'broken');
    await expect(page.getByLabel(/--ssh-user/)).toHaveAccessibleDescription(/removed in 1\.22.*unknown flag/i);
    await version.fill('1.x');
    await expect(page.getByText(/invalid value "1.x" for version/)).toBeVisible();
    await app.expectState('apiserver-ssh-tunnel', 'broken');
  });

  test('authorization modes keep their order and AlwaysAllow opens the kubelet', async ({ app, page }) => {
    await app.open('?apiserver.kubeletClientCertificate=false&kubelet.anonymousAuth=true');
    await app.expectState('apiserver-kubelet', 'broken');
    await page.getByLabel('AlwaysAllow in --authorization-mode').check();
    await app.expectState('apiserver-kubelet', 'unverified');
    await page.getByRole('button', { name: 'Move AlwaysAllow earlier in --authorization-mode' }).click();
    await expect(page).toHaveURL(/apiserver\.authorizationModes=Node,AlwaysAllow,RBAC/);
  });

  test('bad numbers get a message and lose nothing', async ({ app, page }) => {
    await app.open();
    const port = page.getByLabel(/readOnlyPort/);
    await port.fill('10255');
    await app.expectState('kubelet-readonly', 'plaintext');
    await port.fill('99999');
    await expect(port).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText(/last valid value \(10255\) still applies/)).toBeVisible();
    const nodes = page.getByLabel(/Number of nodes/);
    await nodes.fill('6000');
    await expect(page.getByText('6000 is outside 1–5,000: using 5000.')).toBeVisible();
    await expect(page).toHaveURL(/nodes=5000/);
  });

  test('every config key has one control, of the right kind, named by its real flag or field', async ({ app, page }) => {
    await app.open();
    const form = page.getByRole('form', { name: 'Configuration' });
    for (const [key, [role, name]] of Object.entries(CONTROLS)) {
      await expect(form.locator(`[data-key="${key}"]`), key).toHaveCount(1);
      const control = form.getByRole(role, { name });
      await expect(control, key).toHaveCount(1);
      // The control named so is the one of this key, not a neighbour's.
      await expect(control.locator(`xpath=ancestor-or-self::*[@data-key="${key}"]`), key).toHaveCount(1);
    }
  });
});

test.describe('selecting and fixing', () => {
  test('selecting a path by mouse shows its properties, reasons, CIS ids and pitfall', async ({ app }) => {
    await app.open();
    // Folded away until something is selected.
    await expect(app.page.getByRole('complementary', { name: 'Inspector' })).toBeHidden();
    await app.pathButton('apiserver-kubelet').click();
    await expect(app.pathButton('apiserver-kubelet')).toHaveAttribute('aria-pressed', 'true');
    const body = app.inspector.locator('[data-inspected-path="apiserver-kubelet"]');
    await expect(body.locator('[data-prop="serverVerified"]')).toHaveAttribute('data-value', 'no');
    await expect(body).toContainText('CIS 1.2.5');
    await expect(body.locator('[data-pitfall="kubeadm-self-signed"]')).toBeVisible();
    await app.inspector.getByRole('button', { name: 'Clear selection' }).click();
    await expect(app.page.getByRole('complementary', { name: 'Inspector' })).toBeHidden();
    await expect(app.pathButton('apiserver-kubelet')).toHaveAttribute('aria-pressed', 'false');
  });

  test('selecting a path by keyboard works with Enter and Space', async ({ app, page }) => {
    await app.open();
    await app.pathButton('kubelet-readonly').focus();
    await page.keyboard.press('Enter');
    await expect(app.inspector.locator('[data-inspected-path="kubelet-readonly"]')).toBeVisible();
    // Shift+Tab walks back to the previous row's path button; Space selects it.
    await page.keyboard.press('Shift+Tab');
    await expect(app.pathButton('apiserver-ssh-tunnel')).toBeFocused();
    await page.keyboard.press('Space');
    await expect(app.inspector.locator('[data-inspected-path="apiserver-ssh-tunnel"]')).toBeVisible();
    await expect(app.pathButton('apiserver-ssh-tunnel')).toHaveAttribute('aria-pressed', 'true');
  });

  test('applying a fix from the inspector makes the path safe, and undo restores it', async ({ app, page }) => {
    await app.open('?select=apiserver-kubelet');
    await app.expectState('apiserver-kubelet', 'unverified');
    const fix = app.inspector.locator('.fix').first();
    const target = await fix.getAttribute('data-fix-state');
    expect(['secure', 'tunneled']).toContain(target);
    await fix.getByRole('button', { name: 'Apply' }).click();
    await app.expectState('apiserver-kubelet', target!);
    await expect(app.notices).toContainText('Applied to apiserver-kubelet');
    await page.getByRole('button', { name: 'Undo last preset or fix' }).click();
    await app.expectState('apiserver-kubelet', 'unverified');
  });

  test('a component selected by link shows its findings with severity and CIS ids', async ({ app }) => {
    // An old link naming node 2's kubelet selects the kubelets of its pool.
    await app.open('?preset=flags-only&select=kubelet@node-2');
    const body = app.inspector.locator('[data-inspected-component="kubelet@default"]');
    await expect(body.locator('[data-severity="critical"]').first()).toContainText('kubelet-open');
    await expect(body).toContainText('CIS 4.2.1, 4.2.2');
  });

  test('the table view toggle shows the table alone', async ({ app, page }) => {
    await app.open();
    await page.getByRole('button', { name: 'Table only' }).click();
    await expect(page.getByRole('button', { name: 'Table only' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('.graph-area')).toHaveCount(0);
    await expect(app.table.getByRole('columnheader', { name: 'State' })).toBeVisible();
    await expect(page).toHaveURL(/table=true/);
  });
});

test('an old link to node 5 selects its pool, and the selection outlives a smaller pool', async ({ app, page }) => {
  await app.open('?nodes=5&select=apiserver-kubelet@node-5');
  await expect(app.inspector).toContainText('on each of the 5 nodes');
  await page.getByLabel(/Number of nodes/).fill('2');
  await expect(app.inspector).toContainText('on each of the 2 nodes');
  await expect(page).toHaveURL(/select=apiserver-kubelet@default/);
  // The link names an instance that exists: a reload restores it without an ignored-parameter notice.
  await page.reload();
  await expect(app.inspector).toContainText('on each of the 2 nodes');
  await expect(app.notices.locator('[data-notice="url-ignored"]')).toHaveCount(0);
});
