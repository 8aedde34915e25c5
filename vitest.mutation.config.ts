import type { Vitest } from 'vitest/node';
import type { Reporter } from 'vitest/reporters';
import { defineConfig } from 'vitest/config';
import viteConfig from './vite.config';

/**
 * A test file that cannot be imported becomes one failed test. StrykerJS's Vitest runner (9.5.1,
 * stryker-js#6150) builds a mutant's result from the tests it collected, and a file whose import
 * throws collects none: a static mutant that stops a module from loading (`PATH_RULES = {}`) was
 * reported as survived with 0 tests run, although the suite cannot even start.
 */
export function loadFailuresAsTests(): Reporter {
  let vitest: Vitest | undefined;
  return {
    onInit(v) {
      vitest = v;
    },
    onTestRunEnd() {
      for (const file of vitest?.state.getFiles() ?? []) {
        if (file.result?.state !== 'fail' || file.tasks.length > 0) continue;
        file.tasks.push({
          type: 'test',
          id: `${file.id}_load`,
          name: 'the test file loads',
          fullName: `${file.name} the test file loads`,
          fullTestName: 'the test file loads',
          mode: 'run',
          file,
          suite: file,
          meta: {},
          timeout: 0,
          annotations: [],
          artifacts: [],
          context: undefined as never, // built by Vitest to run a test; nothing reads it afterwards
          result: { state: 'fail', errors: file.result.errors ?? [] },
        });
      }
    },
  };
}

// The test set of `npm run test:mutation` (stryker.config.mjs): the mutated modules are all in
// src/model, and each must be pinned by the unit tests beside it. Render tests (jsdom) and the CLI's
// tests are left out: a static mutant reruns every test on a fresh module load, and they would
// nearly double its cost.
export default defineConfig((env) => {
  const base = viteConfig(env);
  return {
    ...base,
    test: { ...base.test, include: ['src/model/**/*.test.ts'], reporters: ['default', loadFailuresAsTests()] },
  };
});
