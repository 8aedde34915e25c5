import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { stat, type Stat } from './stats';

/** One way of starting the CLI: a label and the node arguments. */
interface Entry {
  readonly label: string;
  readonly args: readonly string[];
}

/** Startup figures of the CLI: the esbuild bundle against the tsx entry, in the same run. */
export interface CliStartup {
  readonly command: string;
  readonly bundleMs: Stat;
  readonly tsxMs: Stat;
  /** Median tsx time over median bundle time: how many times faster the bundle starts. */
  readonly speedup: number;
  /** Peak RSS (MB) of one run each, when GNU time is installed. */
  readonly bundleMaxRssMb: number | null;
  readonly tsxMaxRssMb: number | null;
}

const COMMAND = ['analyze', '--preset', 'kubeadm', '--format', 'json'];

function runOnce(entry: Entry): number {
  const start = performance.now();
  const r = spawnSync(process.execPath, [...entry.args, ...COMMAND], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const ms = performance.now() - start;
  if (r.status !== 0) throw new Error(`${entry.label} exited ${r.status}: ${r.stderr.toString()}`);
  return ms;
}

function maxRssMb(entry: Entry): number | null {
  if (!existsSync('/usr/bin/time')) return null;
  const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...entry.args, ...COMMAND], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const kb = Number(r.stderr.toString().trim().split('\n').at(-1));
  return Number.isFinite(kb) ? kb / 1024 : null;
}

/**
 * Times `kube-paths analyze --preset kubeadm --format json` from a fresh process: the bundle
 * (dist/cli/kube-paths.mjs, built first) and the tsx entry (bin/kube-paths.mjs), interleaved so
 * machine load hits both alike, after one warm-up run each (disk cache, tsx's transform cache).
 */
export function benchCliStartup(samples: number): CliStartup {
  execFileSync('npm', ['run', '--silent', 'build:cli'], { stdio: 'inherit' });
  const bundle: Entry = { label: 'bundle', args: ['dist/cli/kube-paths.mjs'] };
  const tsx: Entry = { label: 'tsx entry', args: ['bin/kube-paths.mjs'] };
  runOnce(bundle);
  runOnce(tsx);
  const b: number[] = [];
  const t: number[] = [];
  for (let i = 0; i < samples; i++) {
    b.push(runOnce(bundle));
    t.push(runOnce(tsx));
  }
  const bundleMs = stat(b);
  const tsxMs = stat(t);
  return {
    command: `kube-paths ${COMMAND.join(' ')}`,
    bundleMs,
    tsxMs,
    speedup: tsxMs.median / bundleMs.median,
    bundleMaxRssMb: maxRssMb(bundle),
    tsxMaxRssMb: maxRssMb(tsx),
  };
}
