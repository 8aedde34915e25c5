/**
 * Figures of an earlier commit, measured in this same run: its source is checked out into a
 * temporary worktree (sharing this checkout's node_modules) and its own bench script is run there.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The last commit before node pools changed the engine (the "today" of issue 10). */
export const ONE_POOL_ENGINE = 'e9ef9ec';

/** The last commit before node pools were drawn once (main before issues 11 and 12): the diagram drew every node. */
export const PER_NODE_DIAGRAM = '154b5c5';

/**
 * Builds the page of an earlier commit into `outDir` (its own vite build, in a temporary worktree
 * sharing this checkout's node_modules), for the browser figures to measure beside this build.
 */
export function buildAt(ref: string, outDir: string): void {
  const dir = mkdtempSync(join(tmpdir(), 'kube-paths-build-'));
  const tree = join(dir, 'tree');
  execFileSync('git', ['worktree', 'add', '--detach', tree, ref], { stdio: 'ignore' });
  try {
    symlinkSync(resolve('node_modules'), join(tree, 'node_modules'));
    execFileSync('npx', ['vite', 'build', '--outDir', resolve(outDir), '--emptyOutDir'], { cwd: tree, stdio: 'ignore' });
  } finally {
    execFileSync('git', ['worktree', 'remove', '--force', tree], { stdio: 'ignore' });
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The last commit of main before the prerendered first paint and the smaller first download (issue 16's "before"). */
export const FIRST_PAINT_BEFORE = 'ace59c8';

/** Runs `expression` (a module path and export, evaluated to JSON) in a worktree of `ref`. */
export function measureAt<T>(ref: string, module: string, call: string): T {
  const dir = mkdtempSync(join(tmpdir(), 'kube-paths-before-'));
  const tree = join(dir, 'tree');
  execFileSync('git', ['worktree', 'add', '--detach', tree, ref], { stdio: 'ignore' });
  try {
    symlinkSync(resolve('node_modules'), join(tree, 'node_modules'));
    const script = `import(${JSON.stringify(`./${module}`)}).then((m) => console.log(JSON.stringify(m.${call})))`;
    const out = execFileSync('npx', ['tsx', '-e', script], { cwd: tree, encoding: 'utf8' });
    return JSON.parse(out.trim().split('\n').at(-1)!) as T;
  } finally {
    execFileSync('git', ['worktree', 'remove', '--force', tree], { stdio: 'ignore' });
    rmSync(dir, { recursive: true, force: true });
  }
}
