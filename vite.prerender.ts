import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin, ResolvedConfig } from 'vite';

/** The empty mount point of index.html that the prerendered page fills. */
export const ROOT_ELEMENT = '<div id="root"></div>';

/** How the page's own build is set up, so the prerender renders exactly what the browser will. */
export interface PrerenderOptions {
  /** The module exporting `renderDefaultPage(): string` (src/prerender.tsx). */
  readonly entry: string;
  readonly define: Record<string, string>;
  readonly alias: Record<string, string>;
}

/**
 * After the page is built, renders its default scenario to HTML and writes it into the built
 * index.html's #root, so the first paint needs no script: a server-side build of `entry` (React,
 * react-dom/server and the app in one temporary module, the same mode and defines as the page),
 * imported and run once. Both `vite build` and `vite build --mode e2e` do it; docs/first-paint.md.
 */
export function prerender({ entry, define, alias }: PrerenderOptions): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'kube-paths-prerender',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      const { build } = await import('vite');
      const tmp = mkdtempSync(join(tmpdir(), 'kube-paths-prerender-'));
      try {
        await build({
          configFile: false,
          root: config.root,
          mode: config.mode,
          logLevel: 'warn',
          plugins: [react()],
          define: { ...define, 'process.env.NODE_ENV': JSON.stringify('production') },
          resolve: { alias },
          ssr: { noExternal: true },
          publicDir: false,
          build: {
            ssr: entry,
            outDir: tmp,
            emptyOutDir: true,
            target: 'node20',
            minify: false,
            copyPublicDir: false,
            rolldownOptions: { output: { format: 'es', entryFileNames: 'prerender.mjs', codeSplitting: false } },
          },
        });
        const { renderDefaultPage } = (await import(pathToFileURL(join(tmp, 'prerender.mjs')).href)) as {
          renderDefaultPage: () => string;
        };
        const file = resolve(config.root, config.build.outDir, 'index.html');
        const page = readFileSync(file, 'utf8');
        if (!page.includes(ROOT_ELEMENT)) throw new Error(`prerender: ${file} has no ${ROOT_ELEMENT} to fill`);
        writeFileSync(file, page.replace(ROOT_ELEMENT, `<div id="root">${renderDefaultPage()}</div>`));
      } finally {
        rmSync(tmp, { recursive: true, force: true });
      }
    },
  };
}
