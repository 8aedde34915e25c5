// Run after a production `vite build`: test hooks must not ship. The `?crash=<panel>` self-test is
// compiled only into test builds (`vite build --mode e2e`, see __KP_SELF_TEST__ in vite.config.ts);
// this fails when any emitted script still carries it, so a hook that leaks fails the test chain.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Text that only the self-test code contains (its error message and its query parameter). */
export const TEST_HOOK_MARKERS = ['self-test crash', '?crash=', '__KP_SELF_TEST__'];

function scripts(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? scripts(join(dir, e.name))
      : /\.(m?js|html)$/.test(e.name)
        ? [join(dir, e.name)]
        : [],
  );
}

/** The files of `dist` that contain a test-hook marker, with the markers found. */
export function leaks(dist) {
  return scripts(dist).flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    const found = TEST_HOOK_MARKERS.filter((m) => text.includes(m));
    return found.length ? [{ file, found }] : [];
  });
}

function main(dist = 'dist') {
  if (!existsSync(join(dist, 'index.html'))) {
    console.error(`check-no-test-hooks: ${dist}/index.html not found; run \`vite build\` first`);
    return 2;
  }
  const bad = leaks(dist);
  for (const { file, found } of bad)
    console.error(`check-no-test-hooks: ${file} contains ${found.join(', ')}`);
  if (bad.length) {
    console.error(
      'check-no-test-hooks: the production build ships test hooks (is it a --mode e2e build?)',
    );
    return 1;
  }
  console.log(`check-no-test-hooks: no test hooks in ${scripts(dist).length} files of ${dist}/`);
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(process.argv[2]);
