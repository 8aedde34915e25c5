// `npm run docs:screenshots`: the screenshots in README.md and docs/, taken from the built page
// (run `vite build` first) with the system Chromium, so they can be retaken after any change to the
// diagram. Each is a scenario by link, at a fixed viewport, after the diagram is drawn.
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { findChromium } from './chromium.mjs';

const PORT = Number(process.env.SHOTS_PORT ?? 4391);
const SHOTS = [
  // [file, link, viewport, colour scheme]
  ['docs/screenshot.png', '?preset=kubeadm&select=apiserver-kubelet@default', [1280, 720], 'light'],
  ['docs/screenshot-mixed-pools-light.png', '?preset=mixed-pools', [1280, 720], 'light'],
  ['docs/screenshot-mixed-pools-dark.png', '?preset=mixed-pools&theme=dark', [1280, 720], 'dark'],
  ['docs/screenshot-presenter.png', '?tour=pool-by-pool&step=2&presenter=1', [1280, 720], 'light'],
  ['docs/screenshot-phone.png', '?preset=mixed-pools', [390, 844], 'light'],
  ['docs/screenshot-attacker.png', '?preset=flags-only&attacker=pod&select=apiserver-kubelet@default', [1280, 720], 'light'],
  ['docs/screenshot-pools-5000.png', `?pools=${Array.from({ length: 20 }, (_, i) => `p${i + 1}:250`).join(',')}`, [1920, 1080], 'light'],
];

const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], {
  stdio: 'ignore',
  detached: true,
});
try {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/`)).ok) break;
    } catch {
      if (i > 100) throw new Error('vite preview did not start');
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const found = findChromium();
  const browser = await chromium.launch({
    ...(found?.path ? { executablePath: found.path } : {}),
    args: ['--disable-gpu', '--disable-quic'],
  });
  for (const [file, link, [width, height], colorScheme] of SHOTS) {
    const page = await browser.newPage({ viewport: { width, height }, colorScheme, deviceScaleFactor: 1 });
    await page.goto(`http://127.0.0.1:${PORT}/${link}`);
    await page.locator('svg.kp-svg .kp-paths .kp-path').first().waitFor();
    await page.locator('[data-testid="path-table"]').waitFor({ state: 'attached' });
    await page.evaluate(() => globalThis.document.fonts.ready);
    await page.waitForTimeout(300);
    await page.screenshot({ path: file });
    console.log(`wrote ${file} (${width}×${height}, ${colorScheme}) from ${link}`);
    await page.close();
  }
  await browser.close();
} finally {
  process.kill(-server.pid, 'SIGTERM');
}
