/** Small statistics helpers for the benchmark scripts. */
export interface Stat {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly p95: number;
  readonly n: number;
}

/** Median, min, max and p95 of samples. */
export function stat(samples: readonly number[]): Stat {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
  const mid = s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
  return { median: mid, min: s[0] ?? NaN, max: s.at(-1) ?? NaN, p95: at(0.95), n: s.length };
}

/** Formats a stat as "median (min–max)". */
export const fmt = (x: Stat, digits = 2, unit = ''): string =>
  `${x.median.toFixed(digits)}${unit} (${x.min.toFixed(digits)}–${x.max.toFixed(digits)})`;

/** Runs `fn` repeatedly for about `ms` milliseconds; returns operations per second. */
export function opsPerSecond(fn: () => number, ms = 300): number {
  let ops = 0;
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    ops += fn();
    now = performance.now();
  }
  return ops / ((now - start) / 1000);
}
