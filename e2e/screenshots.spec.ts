import { expect, test } from './fixtures';

// Tight visual checks of the panels and the diagram.
test.use({ viewport: { width: 1440, height: 900 } });

test('the inspector of a broken apiserver-kubelet path (light)', async ({ app }) => {
  await app.open('?preset=ca-mismatch&select=apiserver-kubelet&theme=light');
  await expect(app.page.getByRole('complementary', { name: 'Inspector' })).toHaveScreenshot('inspector-ca-mismatch-light.png', { maxDiffPixelRatio: 0.005 });
});

test('the path table of the hardened preset (dark, table only)', async ({ app }) => {
  await app.open('?preset=hardened&theme=dark&table=true');
  await expect(app.table).toHaveScreenshot('table-hardened-dark.png', { maxDiffPixelRatio: 0.005 });
});

test('the diagram of the konnectivity preset, paths routed through the tunnel (light)', async ({ app }) => {
  await app.open('?preset=konnectivity&theme=light');
  const graph = app.page.getByTestId('graph');
  await expect(graph.locator('[data-path="apiserver-kubelet"][data-state="tunneled"]').first()).toBeVisible();
  await expect(graph).toHaveScreenshot('graph-konnectivity-light.png', { maxDiffPixelRatio: 0.005 });
});

test('the diagram of the ca-mismatch preset in high contrast (dark, projector)', async ({ app }) => {
  await app.open('?preset=ca-mismatch&theme=dark&contrast=high');
  const graph = app.page.getByTestId('graph');
  await expect(graph.locator('[data-path="apiserver-kubelet"][data-state="broken"]').first()).toBeVisible();
  await expect(graph).toHaveScreenshot('graph-ca-mismatch-dark-contrast.png', { maxDiffPixelRatio: 0.005 });
});
