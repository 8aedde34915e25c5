// Bundles the CLI (src/cli/main.ts and the model it runs) into one plain-JavaScript file,
// dist/cli/kube-paths.mjs, the package's `bin`: no TypeScript loader at run time. Runtime
// dependencies (package.json `dependencies`, today only yaml) stay imports; everything else is inlined.
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

export const CLI_BUNDLE = 'dist/cli/kube-paths.mjs';

await build({
  entryPoints: [new URL('../src/cli/main.ts', import.meta.url).pathname],
  outfile: new URL(`../${CLI_BUNDLE}`, import.meta.url).pathname,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: `node${pkg.engines.node.replace(/[^\d.]/g, '')}`,
  external: Object.keys(pkg.dependencies ?? {}),
  banner: { js: '#!/usr/bin/env node' },
  define: { KUBE_PATHS_PACKAGE: JSON.stringify({ version: pkg.version, homepage: pkg.homepage }) },
  legalComments: 'eof',
  logLevel: 'warning',
});
