/**
 * Lighthouse (the pinned devDependency, 12.2.3) on a built page, with the system Chromium
 * (CHROME_PATH, else the one the e2e suite finds): the mobile preset (Lighthouse's default: a
 * slow-4G, 4× CPU simulation) and the desktop preset, a few runs each, medians.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
// @ts-expect-error plain ESM helper shared with the Playwright config
import { findChromium } from '../scripts/chromium.mjs';
import { startPreview, stopPreview } from './server';

/** The pinned Lighthouse version (package.json devDependencies). */
export const LIGHTHOUSE_VERSION = '12.2.3';

export const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** One preset's medians: category scores (0–100) and the paint and blocking figures (ms). */
export interface LighthouseFigures {
  readonly scores: Readonly<Record<(typeof LIGHTHOUSE_CATEGORIES)[number], number>>;
  readonly fcpMs: number;
  readonly lcpMs: number;
  readonly tbtMs: number;
  readonly runs: number;
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

/** Lighthouse on `dist` served at `port`: mobile and desktop, `runs` each. */
export async function benchLighthouse(dist: string, port: number, runs = 3): Promise<Record<'mobile' | 'desktop', LighthouseFigures>> {
  const chromePath = process.env.CHROME_PATH ?? (findChromium() as { path?: string } | null)?.path;
  const server = await startPreview(port, dist);
  const chrome = await chromeLauncher.launch({
    ...(chromePath ? { chromePath } : {}),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const out = {} as Record<'mobile' | 'desktop', LighthouseFigures>;
    for (const preset of ['mobile', 'desktop'] as const) {
      const samples: { scores: Record<string, number>; fcp: number; lcp: number; tbt: number }[] = [];
      for (let i = 0; i < runs; i++) {
        const result = await lighthouse(
          `http://127.0.0.1:${port}/`,
          { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...LIGHTHOUSE_CATEGORIES] },
          preset === 'desktop' ? desktopConfig : undefined,
        );
        const lhr = result!.lhr;
        samples.push({
          scores: Object.fromEntries(LIGHTHOUSE_CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])),
          fcp: lhr.audits['first-contentful-paint']!.numericValue!,
          lcp: lhr.audits['largest-contentful-paint']!.numericValue!,
          tbt: lhr.audits['total-blocking-time']!.numericValue!,
        });
      }
      out[preset] = {
        scores: Object.fromEntries(LIGHTHOUSE_CATEGORIES.map((c) => [c, median(samples.map((s) => s.scores[c]!))])) as LighthouseFigures['scores'],
        fcpMs: median(samples.map((s) => s.fcp)),
        lcpMs: median(samples.map((s) => s.lcp)),
        tbtMs: median(samples.map((s) => s.tbt)),
        runs,
      };
    }
    return out;
  } finally {
    await chrome.kill();
    stopPreview(server);
  }
}

/** "performance 98 · accessibility 100 · …; FCP 1.8 s, LCP 2.2 s, TBT 0 ms". */
export function lighthouseLine(f: LighthouseFigures): string {
  const scores = LIGHTHOUSE_CATEGORIES.map((c) => `${c} ${f.scores[c]}`).join(' · ');
  return `${scores}; FCP ${(f.fcpMs / 1000).toFixed(2)} s, LCP ${(f.lcpMs / 1000).toFixed(2)} s, TBT ${Math.round(f.tbtMs)} ms`;
}
