// Prints "N passed, N failed, N skipped" from Vitest's and Playwright's JSON reports.
// A missing report counts as one failure: that runner did not finish (or never started).
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;

function vitest(r) {
  passed += r.numPassedTests ?? 0;
  failed += r.numFailedTests ?? 0;
  skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  // A suite that failed to load has no tests in numFailedTests.
  for (const f of r.testResults ?? []) if (f.status === 'failed' && (f.assertionResults ?? []).length === 0) failed++;
}

function playwright(r) {
  const walk = (suite) => {
    for (const s of suite.suites ?? []) walk(s);
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        const status = t.status; // expected | unexpected | flaky | skipped
        if (status === 'skipped') skipped++;
        else if (status === 'expected' || status === 'flaky') passed++;
        else failed++;
      }
    }
  };
  for (const s of r.suites ?? []) walk(s);
  failed += (r.errors ?? []).length;
}

for (const [file, read] of [
  [process.argv[2], vitest],
  [process.argv[3], playwright],
]) {
  if (!file || !existsSync(file)) {
    console.error(`summary: ${file ?? 'report'} is missing (that test runner did not finish)`);
    failed++;
    continue;
  }
  try {
    read(JSON.parse(readFileSync(file, 'utf8')));
  } catch (e) {
    console.error(`summary: cannot read ${file}: ${e.message}`);
    failed++;
  }
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
