import { expect, test } from './fixtures';

// Tight visual checks of the panels this branch owns (the diagram has its own).
test.use({ viewport: { width: 1440, height: 900 } });

test('the inspector of a broken apiserver-kubelet path (light)', async ({ app }) => {
  await app.open('?preset=ca-mismatch&select=apiserver-kubelet&theme=light');
  await expect(app.page.getByRole('complementary', { name: 'Inspector' })).toHaveScreenshot('inspector-ca-mismatch-light.png', { maxDiffPixelRatio: 0.005 });
});

test('the path table of the hardened preset (dark, table only)', async ({ app }) => {
  await app.open('?preset=hardened&theme=dark&table=true');
  await expect(app.table).toHaveScreenshot('table-hardened-dark.png', { maxDiffPixelRatio: 0.005 });
});
