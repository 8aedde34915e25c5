// Finds a Chromium for Playwright: env override, Playwright's own download, then system packages.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const SYSTEM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** Returns { path, source } or null. `path` undefined means Playwright's own browser. */
export function findChromium() {
  const fromEnv = process.env.PLAYWRIGHT_CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? { path: fromEnv, source: 'PLAYWRIGHT_CHROMIUM_PATH' } : null;
  try {
    const require = createRequire(import.meta.url);
    const { chromium } = require('playwright-core');
    const own = chromium.executablePath();
    if (own && existsSync(own)) return { path: undefined, source: `Playwright's own (${own})` };
  } catch {
    // playwright-core not resolvable or no registry entry: fall through to system browsers.
  }
  const sys = SYSTEM.find((p) => existsSync(p));
  return sys ? { path: sys, source: 'system package' } : null;
}
