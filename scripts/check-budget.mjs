// Bundle budget, run after `vite build` in the test chain: the JS the page loads before its first
// paint (the entry script and its modulepreloads in dist/index.html) must stay within the budget.
// Bytes are deterministic, so this can fail a build; timings live in `npm run bench`.
// Issue 16's gate is 104 KiB gzip (the stack's floor, React + react-dom + zustand, is about 94):
// tour narration, d3-zoom, the controls, the inspector and the table load after the first paint.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const INITIAL_JS_BUDGET = 104 * 1024;

/** The eagerly loaded JS files named by an index.html, relative to its folder. */
export function initialJs(html) {
  const attr = (re) => [...html.matchAll(re)].map((m) => m[1].replace(/^\.\//, ''));
  return [
    ...attr(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
    ...attr(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ];
}

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

function main(dist = 'dist') {
  const index = join(dist, 'index.html');
  if (!existsSync(index)) {
    console.error(`check-budget: ${index} not found; run \`vite build\` first`);
    return 2;
  }
  const files = initialJs(readFileSync(index, 'utf8'));
  if (files.length === 0) {
    console.error(`check-budget: no module script found in ${index}`);
    return 2;
  }
  const sizes = files.map((f) => [f, gz(join(dist, f))]);
  const total = sizes.reduce((n, [, b]) => n + b, 0);
  const kib = (b) => (b / 1024).toFixed(1);
  for (const [f, b] of sizes) console.log(`  ${kib(b).padStart(6)} KiB  ${f}`);
  const embed = join(dist, 'embed', 'kube-paths.js');
  if (existsSync(embed)) console.log(`  embed module ${kib(gz(embed))} KiB gzip (reported, no budget)`);
  if (total > INITIAL_JS_BUDGET) {
    console.error(
      `check-budget: initial JS is ${kib(total)} KiB gzip, over the ${kib(INITIAL_JS_BUDGET)} KiB budget. ` +
        'Load what the first paint does not need with a dynamic import() (docs/first-paint.md).',
    );
    return 1;
  }
  console.log(`check-budget: initial JS ${kib(total)} KiB gzip, within ${kib(INITIAL_JS_BUDGET)} KiB`);
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(process.argv[2]);
