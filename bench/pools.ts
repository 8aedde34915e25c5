/**
 * Pools in the browser, this build beside an earlier one in the same run: load → drawn and
 * toggle → paint at the default scenario (one pool of 3 nodes) and at 5,000 nodes in 20 pools,
 * the longest task, the diagram's DOM elements, and the edge crossings of the default scenario.
 * Builds are measured in turns (A, B, A, B, …) so that load on the machine hits both alike.
 */
import type { Browser, Page } from '@playwright/test';
import { countCrossings } from '../src/layout/crossings';
import { stat, type Stat } from './stats';

export interface Build {
  readonly name: string;
  /** Base URL the build is served from. */
  readonly base: string;
}

export interface ScenarioFigures {
  /** navigationStart → the first paint after every path of the diagram is in the DOM. */
  readonly drawnMs: Stat;
  /** click → paint after a toggle, as before: includes waiting for the next frame. */
  readonly toggleMs: Stat;
  /**
   * The main thread's work of a toggle, from a Chromium trace: the click's event dispatch (script,
   * React's render and commit) plus style, layout, pre-paint, paint and layerize of the first frame
   * after it. Work React defers to later frames (the table) is not in it.
   */
  readonly toggleWorkMs: Stat;
  /**
   * The same events' thread (CPU) time: what the main thread itself spent. Work done while other
   * processes held the core is in toggleWorkMs only, so the gap between the two shows machine load.
   */
  readonly toggleCpuMs: Stat;
  readonly longestTaskLoadMs: number;
  readonly longestTaskToggleMs: number;
  readonly paths: number;
  readonly elements: number;
}

export interface PoolsFigures {
  readonly scenarios: Readonly<Record<string, string>>;
  readonly builds: Readonly<Record<string, Readonly<Record<string, ScenarioFigures>>>>;
  /** Edge crossings between the drawn paths of the default scenario, per build. */
  readonly crossings: Readonly<Record<string, number>>;
}

const TOGGLE = '.control[data-key="apiserver.kubeletCertificateAuthority"] input[type="checkbox"]';
const POOLS_20 = Array.from({ length: 20 }, (_, i) => `p${i + 1}:250`).join(',');
export const SCENARIOS = { default: '', '5,000 nodes in 20 pools': `?pools=${POOLS_20}` } as const;

/** Long tasks and the frame in which `expected` paths are in the diagram, recorded from the page's start. */
function instrument(expected: number) {
  const w = window as unknown as { __kp: { longtasks: [number, number][]; drawnAt: number | null } };
  w.__kp = { longtasks: [], drawnAt: null };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__kp.longtasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  const paths = document.getElementsByClassName('kp-path');
  const tick = () => {
    const drawn = document.querySelectorAll('.kp-paths .kp-path').length;
    if (paths.length > 0 && drawn >= expected && expected > 0) setTimeout(() => (w.__kp.drawnAt = performance.now()), 0);
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/**
 * Waits until the toggle is on the page, nothing long has run for 500 ms and the diagram has
 * stopped growing for a second (the per-node build mounted its nodes a slice per frame).
 */
async function settle(page: Page): Promise<void> {
  await page.waitForSelector(TOGGLE, { state: 'attached', timeout: 300_000 });
  let count = -1;
  let stableSince = Date.now();
  for (;;) {
    const r = await page.evaluate(() => {
      const k = (window as unknown as { __kp: { longtasks: [number, number][] } }).__kp;
      const lastEnd = k.longtasks.reduce((m, [s, d]) => Math.max(m, s + d), 0);
      return { quiet: performance.now() - lastEnd, paths: document.querySelectorAll('.kp-paths .kp-path').length };
    });
    if (r.paths !== count) [count, stableSince] = [r.paths, Date.now()];
    if (r.quiet >= 500 && Date.now() - stableSince >= 1000) return;
    await page.waitForTimeout(100);
  }
}

async function open(browser: Browser, url: string, expected: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.addInitScript('window.__name = (f) => f;');
  await page.addInitScript(instrument, expected);
  await page.goto(url);
  return page;
}

/** How many paths a build draws for a scenario, once it has settled (builds differ: nodes or pools). */
async function calibrate(browser: Browser, url: string) {
  const page = await open(browser, url, 0);
  await settle(page);
  const r = await page.evaluate(() => ({
    paths: document.querySelectorAll('.kp-paths .kp-path').length,
    elements: document.querySelector('svg.kp-svg')!.querySelectorAll('*').length,
    d: [...document.querySelectorAll('.kp-paths .kp-path')].map((p) => p.getAttribute('d') ?? ''),
  }));
  await page.close();
  return r;
}

/** click() → the first setTimeout after the next frame: what the old figures measured. */
function toggleOnce(sel: string): Promise<number> {
  const el = document.querySelector<HTMLInputElement>(sel)!;
  const t0 = performance.now();
  el.click();
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0)));
}

interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  /** Thread time, µs. */
  readonly tdur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly args?: { readonly data?: { readonly type?: string } };
}

const FRAME_WORK = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'UpdateLayer']);

/**
 * Per click in a trace: its dispatch plus the rendering work of the frame up to its first paint, in
 * ms of wall time and of thread time.
 */
function toggleWork(trace: Buffer): { wall: number; cpu: number }[] {
  const events = (JSON.parse(trace.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  const clicks = events.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'click' && e.dur);
  if (clicks.length === 0) return [];
  const { pid, tid } = clicks[0]!;
  const main = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur).sort((a, b) => a.ts - b.ts);
  return clicks.map((c) => {
    const after = c.ts + c.dur!;
    const paint = main.find((e) => e.name === 'Paint' && e.ts >= after);
    const end = paint ? paint.ts + paint.dur! : after;
    const frame = main.filter((e) => FRAME_WORK.has(e.name) && e.ts >= after && e.ts + e.dur! <= end);
    return {
      wall: (c.dur! + frame.reduce((n, e) => n + e.dur!, 0)) / 1000,
      cpu: ((c.tdur ?? 0) + frame.reduce((n, e) => n + (e.tdur ?? 0), 0)) / 1000,
    };
  });
}

const longest = (page: Page, from = 0) =>
  page.evaluate(
    (i) => (window as unknown as { __kp: { longtasks: [number, number][] } }).__kp.longtasks.slice(i).reduce((m, [, d]) => Math.max(m, d), 0),
    from,
  );

/** Measures every build at every scenario; `rounds` loads and toggles per build and scenario. */
export async function benchPools(browser: Browser, builds: readonly Build[], rounds: number): Promise<PoolsFigures> {
  const out: Record<string, Record<string, ScenarioFigures>> = {};
  const crossings: Record<string, number> = {};
  for (const [scenario, query] of Object.entries(SCENARIOS)) {
    const cal = new Map<string, Awaited<ReturnType<typeof calibrate>>>();
    for (const b of builds) cal.set(b.name, await calibrate(browser, `${b.base}${query}`));
    if (scenario === 'default') for (const b of builds) crossings[b.name] = countCrossings(cal.get(b.name)!.d);
    const raw = new Map(builds.map((b) => [b.name, { drawn: [] as number[], loadLong: 0, ms: [] as number[], work: [] as number[], cpu: [] as number[], toggleLong: 0 }]));
    for (let r = 0; r < rounds; r++) {
      for (const b of builds) {
        const x = raw.get(b.name)!;
        const page = await open(browser, `${b.base}${query}`, cal.get(b.name)!.paths);
        await page.waitForFunction(() => (window as unknown as { __kp: { drawnAt: number | null } }).__kp.drawnAt !== null, null, {
          timeout: 300_000,
        });
        await settle(page);
        x.drawn.push(await page.evaluate(() => (window as unknown as { __kp: { drawnAt: number } }).__kp.drawnAt));
        x.loadLong = Math.max(x.loadLong, await longest(page));
        const before = await page.evaluate(() => (window as unknown as { __kp: { longtasks: unknown[] } }).__kp.longtasks.length);
        // Five toggles per load (on, off, …), the first as a warm-up, traced.
        await browser.startTracing(page, { categories: ['devtools.timeline'] });
        for (let t = 0; t < 5; t++) {
          const ms = await page.evaluate(toggleOnce, TOGGLE);
          if (t > 0) x.ms.push(ms);
          await page.evaluate(() => new Promise((res) => requestAnimationFrame(() => requestAnimationFrame(res))));
          await page.waitForTimeout(200);
        }
        const traced = toggleWork(await browser.stopTracing()).slice(1);
        x.work.push(...traced.map((t) => t.wall));
        x.cpu.push(...traced.map((t) => t.cpu));
        await page.waitForTimeout(200);
        x.toggleLong = Math.max(x.toggleLong, await longest(page, before));
        await page.close();
      }
    }
    for (const b of builds) {
      const x = raw.get(b.name)!;
      (out[b.name] ??= {})[scenario] = {
        drawnMs: stat(x.drawn),
        toggleMs: stat(x.ms),
        toggleWorkMs: stat(x.work),
        toggleCpuMs: stat(x.cpu),
        longestTaskLoadMs: x.loadLong,
        longestTaskToggleMs: x.toggleLong,
        paths: cal.get(b.name)!.paths,
        elements: cal.get(b.name)!.elements,
      };
    }
  }
  return { scenarios: SCENARIOS, builds: out, crossings };
}
