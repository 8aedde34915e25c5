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
