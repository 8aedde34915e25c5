/**
 * The Chromium part of `npm run bench`: the built dist/ served by `vite preview` on a local port,
 * driven by Playwright. Every figure is a median of several samples with its spread; nothing here
 * ever fails on a timing.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
// @ts-expect-error plain ESM helper shared with the Playwright config
import { findChromium } from '../scripts/chromium.mjs';
import { buildTopology, onePool } from '../src/model/topology';
import { stat, type Stat } from './stats';

const PODS = 3;
const TOGGLE = '.control[data-key="apiserver.kubeletCertificateAuthority"] input[type="checkbox"]';

export interface LoadFigures {
  /** navigationStart → first frame painted after every path element of the diagram is in the DOM. */
  readonly drawnMs: Stat;
  /** Load to interactive: max(drawn, end of the last long task before a 500 ms quiet window). */
  readonly interactiveMs: Stat;
  readonly longestTaskMs: number;
}

export interface ToggleFigures {
  /** click() on the checkbox → the first setTimeout after the next requestAnimationFrame. */
  readonly ms: Stat;
  /** Mutation records inside the diagram's <svg> per toggle. */
  readonly svgMutations: Stat;
  /** Path elements whose data-state changed per toggle. */
  readonly changedPaths: Stat;
  readonly longestTaskMs: number;
}

export interface FrameFigures {
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
  readonly frames: number;
}

export interface BrowserFigures {
  readonly chromium: string;
  readonly load: Readonly<Record<number, LoadFigures>>;
  readonly toggle: Readonly<Record<number, ToggleFigures>>;
  readonly toggleThrottled4x?: Readonly<Record<number, ToggleFigures>>;
  readonly panZoom: Readonly<Record<number, FrameFigures>>;
  /** Elements inside the diagram per extra cluster node (between 50 and 250 nodes), all and without text. */
  readonly elementsPerNode: {
    readonly all: number;
    readonly withoutText: number;
    readonly at10: number;
  };
  /** Longest task seen while loading the 1,000-node page. */
  readonly longestTaskLoad1000Ms: number;
  /** gzip bytes of the JS files the page requested before the diagram was drawn (10 nodes). */
  readonly jsBeforeDrawnGzip: number;
  readonly jsBeforeDrawnFiles: readonly string[];
}

/** Serves `dist` with vite preview on `port`; resolves when it answers. */
export function startServer(port: number, dist: string): Promise<ChildProcess> {
  const args = [
    'vite',
    'preview',
    '--outDir',
    dist,
    '--port',
    String(port),
    '--strictPort',
    '--host',
    '127.0.0.1',
  ];
  const child = spawn('npx', args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`vite preview did not start on port ${port}`)),
      30_000,
    );
    const check = async () => {
      try {
        const r = await fetch(`http://127.0.0.1:${port}/`);
        if (r.ok) {
          clearTimeout(timer);
          resolve(child);
          return;
        }
      } catch {
        // not up yet
      }
      setTimeout(check, 200);
    };
    child.on('exit', (code) => reject(new Error(`vite preview exited with ${code}`)));
    void check();
  });
}

/** Instruments a page before any of its scripts run: long tasks and the "all paths drawn" frame. */
function instrument(expected: number) {
  const w = window as unknown as {
    __kp: {
      longtasks: [number, number][];
      drawnAt: number | null;
      paintedAt: number | null;
      js: string[];
    };
  };
  w.__kp = { longtasks: [], drawnAt: null, paintedAt: null, js: [] };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__kp.longtasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  const live = document.getElementsByClassName('kp-path');
  const tick = () => {
    if (live.length >= expected && document.querySelector('.kp-paths')) {
      w.__kp.drawnAt = performance.now();
      w.__kp.js = performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((n) => n.endsWith('.js'));
      setTimeout(() => (w.__kp.paintedAt = performance.now()), 0);
    } else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

async function openAt(browser: Browser, base: string, nodes: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const expected = buildTopology(onePool(nodes), PODS).paths.length;
  // tsx compiles with keepNames: functions passed to the page may call its __name helper.
  await page.addInitScript('window.__name = (f) => f;');
  await page.addInitScript(instrument, expected);
  await page.goto(`${base}?nodes=${nodes}&pods=${PODS}`);
  await page.waitForFunction(
    () => (window as unknown as { __kp: { paintedAt: number | null } }).__kp.paintedAt !== null,
    null,
    {
      timeout: 120_000,
    },
  );
  return page;
}

/** Waits for a 500 ms window without long tasks; returns the figures of this load. */
async function settle(
  page: Page,
): Promise<{ drawn: number; interactive: number; longest: number; js: string[] }> {
  for (;;) {
    const r = await page.evaluate(() => {
      const k = (
        window as unknown as {
          __kp: { longtasks: [number, number][]; paintedAt: number; js: string[] };
        }
      ).__kp;
      const lastEnd = k.longtasks.reduce((m, [s, d]) => Math.max(m, s + d), 0);
      const longest = k.longtasks.reduce((m, [, d]) => Math.max(m, d), 0);
      return { now: performance.now(), painted: k.paintedAt, lastEnd, longest, js: k.js };
    });
    const quietSince = Math.max(r.painted, r.lastEnd);
    if (r.now - quietSince >= 500)
      return { drawn: r.painted, interactive: quietSince, longest: r.longest, js: r.js };
    await page.waitForTimeout(100);
  }
}

async function loadFigures(
  browser: Browser,
  base: string,
  sizes: readonly number[],
  rounds: number,
) {
  const raw: Record<number, { drawn: number[]; interactive: number[]; longest: number }> = {};
  let js: string[] = [];
  for (let r = -1; r < rounds; r++) {
    for (const n of sizes) {
      const page = await openAt(browser, base, n);
      const s = await settle(page);
      await page.close();
      if (r < 0) continue; // warm-up: the HTTP cache and the browser's code cache
      const x = (raw[n] ??= { drawn: [], interactive: [], longest: 0 });
      x.drawn.push(s.drawn);
      x.interactive.push(s.interactive);
      x.longest = Math.max(x.longest, s.longest);
      if (n === sizes[0]) js = s.js;
    }
  }
  const out: Record<number, LoadFigures> = {};
  for (const n of sizes) {
    const x = raw[n]!;
    out[n] = {
      drawnMs: stat(x.drawn),
      interactiveMs: stat(x.interactive),
      longestTaskMs: x.longest,
    };
  }
  return { out, js };
}

interface ToggleSample {
  ms: number;
  mutations: number;
  changed: number;
  longest: number;
}

function toggleOnce(sel: string): Promise<ToggleSample> {
  const k = (window as unknown as { __kp: { longtasks: [number, number][] } }).__kp;
  const el = document.querySelector<HTMLInputElement>(sel);
  const svg = document.querySelector('svg.kp-svg');
  if (!el || !svg) throw new Error(`bench: ${sel} or the diagram is missing`);
  const paths = [...svg.querySelectorAll('.kp-paths [data-path]')];
  const before = paths.map((p) => p.getAttribute('data-state'));
  let mutations = 0;
  const mo = new MutationObserver((records) => (mutations += records.length));
  mo.observe(svg, { subtree: true, attributes: true, childList: true, characterData: true });
  const lt0 = k.longtasks.length;
  const t0 = performance.now();
  el.click();
  return new Promise((resolve) =>
    requestAnimationFrame(() =>
      setTimeout(() => {
        const ms = performance.now() - t0;
        mutations += mo.takeRecords().length;
        mo.disconnect();
        const changed = paths.filter((p, i) => p.getAttribute('data-state') !== before[i]).length;
        // Long tasks are reported asynchronously: toggleFigures reads them again after the run.
        const longest = k.longtasks.slice(lt0).reduce((m, [, d]) => Math.max(m, d), 0);
        resolve({ ms, mutations, changed, longest });
      }, 0),
    ),
  );
}

async function toggleFigures(pages: ReadonlyMap<number, Page>, rounds: number, warmup = 3) {
  const raw = new Map<number, ToggleSample[]>();
  const ltCount = (page: Page) =>
    page.evaluate(
      () => (window as unknown as { __kp: { longtasks: unknown[] } }).__kp.longtasks.length,
    );
  const lt0 = new Map<number, number>();
  for (const [n, page] of pages) lt0.set(n, await ltCount(page));
  for (let r = -warmup; r < rounds; r++) {
    for (const [n, page] of pages) {
      await page.bringToFront();
      const s = await page.evaluate(toggleOnce, TOGGLE);
      // Let this page's raster work drain before the next page is measured: two more frames.
      await page.evaluate(
        () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
      );
      await page.waitForTimeout(100);
      if (r >= 0) raw.set(n, [...(raw.get(n) ?? []), s]);
    }
  }
  const out: Record<number, ToggleFigures> = {};
  for (const [n, page] of pages) {
    const xs = raw.get(n)!;
    await page.waitForTimeout(100); // long-task entries arrive after the task
    const longest = await page.evaluate(
      (from) =>
        (window as unknown as { __kp: { longtasks: [number, number][] } }).__kp.longtasks
          .slice(from)
          .reduce((m, [, d]) => Math.max(m, d), 0),
      lt0.get(n)!,
    );
    out[n] = {
      ms: stat(xs.map((x) => x.ms)),
      svgMutations: stat(xs.map((x) => x.mutations)),
      changedPaths: stat(xs.map((x) => x.changed)),
      longestTaskMs: Math.max(longest, ...xs.map((x) => x.longest)),
    };
  }
  return out;
}

/** rAF intervals while dragging the diagram and then zooming it with the wheel. */
async function panZoom(page: Page): Promise<FrameFigures> {
  await page.bringToFront();
  const box = (await page.locator('svg.kp-svg').boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height * 0.6;
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __rec: boolean };
    w.__frames = [];
    w.__rec = true;
    const loop = (t: number) => {
      w.__frames.push(t);
      if (w.__rec) requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  });
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 200, y + 60, { steps: 40 });
  await page.mouse.move(x - 100, y - 40, { steps: 40 });
  await page.mouse.up();
  for (let i = 0; i < 16; i++) await page.mouse.wheel(0, i < 8 ? -80 : 80);
  await page.waitForTimeout(400); // d3-zoom ends a wheel gesture 150 ms after the last event
  const frames = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __rec: boolean };
    w.__rec = false;
    return w.__frames;
  });
  const iv = frames.slice(1).map((t, i) => t - frames[i]!);
  const s = stat(iv);
  return { p50: s.median, p95: s.p95, max: s.max, frames: frames.length };
}

async function elementCount(page: Page) {
  return page.evaluate(() => {
    const svg = document.querySelector('svg.kp-svg')!;
    const all = svg.querySelectorAll('*').length;
    const text = svg.querySelectorAll('text, tspan').length;
    return { all, text };
  });
}

/** Runs the whole Chromium part; `port` serves dist/. */
export async function benchBrowser(
  port: number,
  dist = 'dist',
  quick = false,
): Promise<BrowserFigures> {
  const found = findChromium() as { path?: string; source: string } | null;
  if (!found) throw new Error('no Chromium found (see scripts/ensure-chromium.mjs)');
  const server = await startServer(port, dist);
  const browser = await chromium.launch({
    ...(found.path ? { executablePath: found.path } : {}),
    args: ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'],
  });
  const base = `http://127.0.0.1:${port}/`;
  try {
    const rounds = quick ? 3 : 10;
    const { out: load, js } = await loadFigures(browser, base, [10, 100], quick ? 2 : 5);

    const big = await openAt(browser, base, 1000);
    const load1000 = await settle(big);
    const sizes = [50, 250, 1000] as const;
    const pages = new Map<number, Page>([
      [50, await openAt(browser, base, 50)],
      [250, await openAt(browser, base, 250)],
      [1000, big],
    ]);
    for (const p of pages.values()) await settle(p);
    const toggle = await toggleFigures(pages, rounds);

    const e10 = await openAt(browser, base, 10);
    const at10 = await elementCount(e10);
    await e10.close();
    const c50 = await elementCount(pages.get(50)!);
    const c250 = await elementCount(pages.get(250)!);

    const p100 = await openAt(browser, base, 100);
    await settle(p100);
    const panZoomFigures: Record<number, FrameFigures> = {
      100: await panZoom(p100),
      250: await panZoom(pages.get(250)!),
    };
    await p100.close();

    // CPU throttling: a 4× slower CPU, as on a phone or a busy laptop on a projector.
    const throttled: Record<number, ToggleFigures> = {};
    for (const n of [250, 1000] as const) {
      const page = pages.get(n)!;
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      Object.assign(throttled, await toggleFigures(new Map([[n, page]]), quick ? 3 : 6, 1));
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    }
    for (const n of sizes) await pages.get(n)!.close();

    const files = js.map((u) => new URL(u).pathname.replace(/^\//, ''));
    return {
      chromium: browser.version(),
      load,
      toggle,
      toggleThrottled4x: throttled,
      panZoom: panZoomFigures,
      elementsPerNode: {
        all: (c250.all - c50.all) / 200,
        withoutText: (c250.all - c250.text - (c50.all - c50.text)) / 200,
        at10: at10.all / 10,
      },
      longestTaskLoad1000Ms: load1000.longest,
      jsBeforeDrawnGzip: files.reduce(
        (n, f) => n + gzipSync(readFileSync(join(dist, f)), { level: 9 }).length,
        0,
      ),
      jsBeforeDrawnFiles: files,
    };
  } finally {
    await browser.close();
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  }
}
