/**
 * `npm run bench`: prints a table of figures and writes bench/results.json. Every ratio compares
 * figures measured in this same run, so they stay comparable on a noisy machine.
 */
import { execSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { benchBundle } from './bundle';
import { benchEngine } from './engine';
import { fmt } from './stats';

const results: Record<string, unknown> = { date: new Date().toISOString(), node: process.version };
const rows: [string, string][] = [];

const engine = benchEngine();
results.engine = engine;
rows.push(
  ['rules engine: path evaluations/s (M)', fmt({ ...engine.engineOpsPerSec, median: engine.engineOpsPerSec.median / 1e6, min: engine.engineOpsPerSec.min / 1e6, max: engine.engineOpsPerSec.max / 1e6 })],
  ['baseline table lookup/s (M), same process', fmt({ ...engine.baselineOpsPerSec, median: engine.baselineOpsPerSec.median / 1e6, min: engine.baselineOpsPerSec.min / 1e6, max: engine.baselineOpsPerSec.max / 1e6 })],
  ['engine / baseline ratio', engine.ratio.toFixed(3)],
  [`full re-evaluation, 1,000 nodes (${engine.pathInstances1000} path instances)`, fmt(engine.fullReevalMs1000, 3, ' ms')],
);

if (!process.argv.includes('--no-build')) execSync('npx vite build', { stdio: 'ignore' });
const bundle = benchBundle();
results.bundle = bundle;
rows.push(
  ['initial JS gzip (KB)', (bundle.initialJsGzip / 1024).toFixed(1)],
  ['CSS gzip (KB)', (bundle.cssGzip / 1024).toFixed(1)],
  ['embed module gzip (KB)', bundle.embedGzip === null ? 'not built' : (bundle.embedGzip / 1024).toFixed(1)],
);

const w = Math.max(...rows.map((r) => r[0].length));
console.log(rows.map(([k, v]) => `${k.padEnd(w)}  ${v}`).join('\n'));
writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');
console.log('\nwrote bench/results.json');
