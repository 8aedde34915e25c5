import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleFigures {
  /** gzip bytes of the JS the page loads before first paint (entry + modulepreloads). */
  readonly initialJsGzip: number;
  readonly initialJsFiles: readonly string[];
  readonly cssGzip: number;
  /** gzip bytes of dist/embed/kube-paths.js, or null when it is not built. */
  readonly embedGzip: number | null;
}

const gz = (file: string): number => gzipSync(readFileSync(file), { level: 9 }).length;

/** Reads dist/index.html and measures what it loads eagerly. */
export function benchBundle(dist = 'dist'): BundleFigures {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const attr = (re: RegExp) => [...html.matchAll(re)].map((m) => m[1]!.replace(/^\.\//, ''));
  const js = [
    ...attr(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
    ...attr(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ];
  const css = attr(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g);
  const embed = join(dist, 'embed', 'kube-paths.js');
  return {
    initialJsGzip: js.reduce((n, f) => n + gz(join(dist, f)), 0),
    initialJsFiles: js,
    cssGzip: css.reduce((n, f) => n + gz(join(dist, f)), 0),
    embedGzip: existsSync(embed) ? gz(embed) : null,
  };
}
