/**
 * `npm run bench`: prints a table of figures and writes bench/results.json. Every ratio compares
 * figures measured in this same run, so they stay comparable on a noisy machine.
 * Flags: --no-build (use dist/ as is), --no-browser (Node figures only), --quick (fewer samples),
 * --port N (vite preview port for the Chromium part, default 4314), --out FILE,
 * --dist DIR (measure another build, e.g. an older commit's; implies --no-build and skips the
 * Node figures, which measure this checkout's source). The CLI startup figures always rebuild
 * dist/cli/kube-paths.mjs first (esbuild, a fraction of a second).
 * --pools-before REF (default 154b5c5, the per-node diagram; `none` skips): builds REF's page in a
 * temporary worktree and measures it beside this build (loads, toggles, crossings, DOM).
 * Lighthouse: --no-lighthouse, --lighthouse-before REF (default FIRST_PAINT_BEFORE in before.ts;
 * `none` skips the earlier build), --engine-before REF likewise for the rules engine.
 * --pools-only: of the browser figures, only the pools comparison (with --dist and --no-lighthouse,
 * the quickest check of the toggle and load figures).
 */
import { execSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
// @ts-expect-error plain ESM helper shared with the Playwright config
import { findChromium } from '../scripts/chromium.mjs';
import { benchBrowser, startServer } from './browser';
import { benchPools } from './pools';
import { benchBundle } from './bundle';
import { buildAt, FIRST_PAINT_BEFORE, measureAt, ONE_POOL_ENGINE, PER_NODE_DIAGRAM } from './before';
import { benchLighthouse, lighthouseLine, LIGHTHOUSE_VERSION } from './lighthouse';
import { benchCliStartup } from './cliStartup';
import { benchEngine } from './engine';
import { benchLayout } from './layout';
import { fmt, type Stat } from './stats';

const argv = process.argv.slice(2);
const arg = (name: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const results: Record<string, unknown> = { date: new Date().toISOString(), node: process.version };
const rows: [string, string][] = [];
// Other work on the machine moves every timing; the load says how much to trust absolute figures
// (the ratios and A/B comparisons in one run are the robust ones).
const machine = () =>
  `${cpus().length} CPUs, load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`;
results.machineAtStart = machine();
rows.push(['machine at start', machine()]);
const section = (title: string) => rows.push([`— ${title}`, '']);
const scaled = (x: Stat, f: number): Stat => ({
  ...x,
  median: x.median / f,
  min: x.min / f,
  max: x.max / f,
  p95: x.p95 / f,
});
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

const dist = arg('--dist') ?? 'dist';
const nodeFigures = dist === 'dist';
if (nodeFigures) {
  section('rules engine (Node)');
  const engine = benchEngine();
  results.engine = engine;
  rows.push(
    ['path evaluations/s (M)', fmt(scaled(engine.engineOpsPerSec, 1e6))],
    ['baseline table lookup/s (M), same process', fmt(scaled(engine.baselineOpsPerSec, 1e6))],
    ['engine / baseline ratio', engine.ratio.toFixed(3)],
    ['full re-evaluation, default scenario (3 nodes, 1 pool)', fmt(engine.fullReevalMsDefault, 3, ' ms')],
    ['full re-evaluation, 5,000 nodes in 20 pools', fmt(engine.fullReevalMs20Pools, 3, ' ms')],
    ['  path evaluations/s there (M)', (engine.evalsPerSec20Pools / 1e6).toFixed(2)],
  );
  const beforeRef = arg('--engine-before') ?? ONE_POOL_ENGINE;
  if (beforeRef !== 'none') {
    // The one-pool engine evaluated every path kind once per scenario; its figures, this run.
    const before = measureAt<{ engineOpsPerSec: Stat; baselineOpsPerSec: Stat; ratio: number; fullReevalMs1000: Stat }>(
      beforeRef,
      'bench/engine.ts',
      'benchEngine()',
    );
    results.engineBefore = { ref: beforeRef, ...before };
    rows.push(
      [`  before (${beforeRef}): path evaluations/s (M)`, fmt(scaled(before.engineOpsPerSec, 1e6))],
      [`  before: engine / baseline ratio`, before.ratio.toFixed(3)],
      [`  before: full re-evaluation, 1,000 nodes (one scenario)`, fmt(before.fullReevalMs1000, 3, ' ms')],
      ['  engine / baseline ratio, now ÷ before', (engine.ratio / before.ratio).toFixed(2)],
    );
  }

  section('layout (Node; lane layout, then also every path route string), by pools of 250 nodes');
  const layout = benchLayout();
  results.layout = layout;
  for (const n of [1, 4, 20]) {
    rows.push([`layout, ${n} pool${n === 1 ? '' : 's'}`, fmt(layout.layoutMs[n]!, 3, ' ms')]);
    rows.push([`layout + routes, ${n} pool${n === 1 ? '' : 's'}`, fmt(layout.layoutAndRoutesMs[n]!, 3, ' ms')]);
  }
  rows.push(
    ['growth exponent in pools, layout (log-log slope 1→20)', layout.exponent.toFixed(2)],
    ['growth exponent, layout + routes', layout.exponentWithRoutes.toFixed(2)],
  );

  const cli = benchCliStartup(argv.includes('--quick') ? 5 : 15);
  results.cliStartup = cli;
  section(`CLI startup (${cli.command}, fresh process, interleaved)`);
  const rss = (mb: number | null) => (mb === null ? '' : `, peak RSS ${mb.toFixed(0)} MB`);
  rows.push(
    ['bundle, dist/cli/kube-paths.mjs', `${fmt(cli.bundleMs, 0, ' ms')}${rss(cli.bundleMaxRssMb)}`],
    ['tsx entry, bin/kube-paths.mjs, same run', `${fmt(cli.tsxMs, 0, ' ms')}${rss(cli.tsxMaxRssMb)}`],
    ['tsx / bundle ratio (bundle is this many times faster)', cli.speedup.toFixed(2)],
  );
}

if (nodeFigures && !argv.includes('--no-build')) execSync('npx vite build', { stdio: 'ignore' });
section(`bundle (${dist}, gzip -9)`);
const bundle = benchBundle(dist);
results.bundle = bundle;
rows.push(
  ['initial JS gzip (KB): entry + modulepreloads', kb(bundle.initialJsGzip)],
  ['CSS gzip (KB)', kb(bundle.cssGzip)],
  ['embed module gzip (KB)', bundle.embedGzip === null ? 'not built' : kb(bundle.embedGzip)],
);

if (!argv.includes('--no-browser') && !argv.includes('--pools-only')) {
  const b = await benchBrowser(Number(arg('--port') ?? 4314), dist, argv.includes('--quick'));
  results.browser = b;
  section(`Chromium ${b.chromium}, headless, --disable-gpu; medians (min–max)`);
  rows.push([
    'JS requested before the diagram is drawn, gzip (KB)',
    `${kb(b.jsBeforeDrawnGzip)} (${b.jsBeforeDrawnFiles.length} files)`,
  ]);
  for (const n of [10, 100]) {
    const l = b.load[n]!;
    rows.push([`load → all paths drawn and painted, ${n} nodes`, fmt(l.drawnMs, 0, ' ms')]);
    rows.push([`load → interactive, ${n} nodes`, fmt(l.interactiveMs, 0, ' ms')]);
  }
  rows.push(['longest task while loading 1,000 nodes', `${b.longestTaskLoad1000Ms.toFixed(0)} ms`]);
  for (const n of [50, 250, 1000]) {
    const t = b.toggle[n]!;
    rows.push([`toggle → paint, ${n} nodes`, `${fmt(t.ms, 1, ' ms')}, p95 ${t.ms.p95.toFixed(1)}`]);
    rows.push([
      `  svg mutations / changed paths per toggle, ${n} nodes`,
      `${t.svgMutations.median} / ${t.changedPaths.median}`,
    ]);
    rows.push([`  longest task during toggles, ${n} nodes`, `${t.longestTaskMs.toFixed(0)} ms`]);
  }
  for (const [n, t] of Object.entries(b.toggleThrottled4x ?? {})) {
    rows.push([
      `toggle → paint, ${n} nodes, CPU throttled 4×`,
      `${fmt(t.ms, 1, ' ms')}, longest task ${t.longestTaskMs.toFixed(0)} ms`,
    ]);
  }
  for (const n of [100, 250]) {
    const f = b.panZoom[n]!;
    rows.push([
      `pan/zoom frame interval p50 / p95, ${n} nodes`,
      `${f.p50.toFixed(1)} / ${f.p95.toFixed(1)} ms (max ${f.max.toFixed(0)}, ${f.frames} frames)`,
    ]);
  }
  rows.push(
    ['DOM elements per cluster node (50→250 nodes)', b.elementsPerNode.all.toFixed(1)],
    ['  of which not text', b.elementsPerNode.withoutText.toFixed(1)],
    [
      'DOM elements in the diagram / nodes at 10 nodes (labels shown)',
      b.elementsPerNode.at10.toFixed(1),
    ],
  );
}

// Pools drawn once against the diagram that drew every node, both builds in this run.
const poolsBefore = arg('--pools-before') ?? PER_NODE_DIAGRAM;
if (!argv.includes('--no-browser') && poolsBefore !== 'none') {
  const tmp = mkdtempSync(join(tmpdir(), 'kube-paths-before-dist-'));
  const beforeDist = join(tmp, 'dist');
  buildAt(poolsBefore, beforeDist);
  const port = Number(arg('--port') ?? 4314) + 1;
  const servers = [await startServer(port, dist), await startServer(port + 1, beforeDist)];
  const found = findChromium() as { path?: string } | null;
  const browser = await chromium.launch({
    ...(found?.path ? { executablePath: found.path } : {}),
    args: ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'],
  });
  const now = 'this build';
  const then = `before (${poolsBefore})`;
  try {
    const p = await benchPools(
      browser,
      [
        { name: now, base: `http://127.0.0.1:${port}/` },
        { name: then, base: `http://127.0.0.1:${port + 1}/` },
      ],
      argv.includes('--quick') ? 2 : 5,
    );
    results.pools = p;
    section(`pools drawn once vs every node drawn (${poolsBefore}), same run; medians (min–max)`);
    rows.push([`edge crossings, default scenario: this build / before`, `${p.crossings[now]} / ${p.crossings[then]}`]);
    for (const scenario of Object.keys(p.scenarios)) {
      for (const build of [now, then]) {
        const f = p.builds[build]![scenario]!;
        rows.push(
          [`${scenario}, ${build}: load → drawn`, fmt(f.drawnMs, 0, ' ms')],
          [`  toggle → paint (to the next frame)`, `${fmt(f.toggleMs, 1, ' ms')}, p95 ${f.toggleMs.p95.toFixed(1)}`],
          [`  toggle: main-thread work (script + style, layout, paint)`, `${fmt(f.toggleWorkMs, 1, ' ms')}, p95 ${f.toggleWorkMs.p95.toFixed(1)}`],
          [`  toggle: the same work in thread (CPU) time`, `${fmt(f.toggleCpuMs, 1, ' ms')}, p95 ${f.toggleCpuMs.p95.toFixed(1)}`],
          [`  longest task: loading / toggling`, `${f.longestTaskLoadMs.toFixed(0)} / ${f.longestTaskToggleMs.toFixed(0)} ms`],
          [`  drawn paths / diagram DOM elements`, `${f.paths} / ${f.elements}`],
        );
      }
    }
  } finally {
    await browser.close();
    for (const s of servers) if (s.pid) process.kill(-s.pid, 'SIGTERM');
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (!argv.includes('--no-lighthouse')) {
  // Lighthouse on this build and, in the same run, on an earlier commit's (default: before the
  // prerendered first paint), so the comparison survives a noisy machine.
  const beforeRef = arg('--lighthouse-before') ?? FIRST_PAINT_BEFORE;
  const runs = argv.includes('--quick') ? 1 : 3;
  const now = await benchLighthouse(dist, Number(arg('--port') ?? 4314) + 1, runs);
  results.lighthouse = now;
  section(`Lighthouse ${LIGHTHOUSE_VERSION}, medians of ${runs} runs (${dist})`);
  rows.push(['mobile', lighthouseLine(now.mobile)], ['desktop', lighthouseLine(now.desktop)]);
  if (beforeRef !== 'none') {
    const beforeDist = 'bench/.dist-before';
    buildAt(beforeRef, beforeDist);
    const before = await benchLighthouse(beforeDist, Number(arg('--port') ?? 4314) + 2, runs);
    results.lighthouseBefore = { ref: beforeRef, ...before };
    rows.push([`mobile, before (${beforeRef})`, lighthouseLine(before.mobile)], [`desktop, before (${beforeRef})`, lighthouseLine(before.desktop)]);
  }
}

results.machineAtEnd = machine();
rows.push(['machine at end', machine()]);
const w = Math.max(...rows.map((r) => r[0].length));
const table = rows.map(([k, v]) => (v ? `${k.padEnd(w)}  ${v}` : `\n${k}`)).join('\n');
console.log(table);
results.table = table;
const out = arg('--out') ?? 'bench/results.json';
writeFileSync(out, JSON.stringify(results, null, 2) + '\n');
console.log(`\nwrote ${out}`);
