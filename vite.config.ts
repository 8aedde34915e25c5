/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { prerender } from './vite.prerender.ts';

/**
 * The strict Content-Security-Policy of the built page. `frame-ancestors` only works as an HTTP
 * header (browsers ignore it in <meta>), so it is sent by `vite preview` and listed in
 * public/_headers for static hosts; the rest is also pinned in a <meta> tag so any host gets it.
 */
export const CSP_META = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
// Embed mode (?embed=1) is meant for iframes on documentation sites of any origin.
export const CSP_HEADER = `${CSP_META}; frame-ancestors *`;

function csp(): Plugin {
  return {
    name: 'kube-paths-csp',
    // Dev mode needs inline scripts (React Refresh), so the policy is for builds only.
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP_META }, injectTo: 'head-prepend' },
    ],
  };
}

/**
 * The page's script is not needed for its first paint (the HTML is prerendered): fetched at low
 * priority, it leaves the bandwidth to the HTML and the stylesheet, which the paint waits for.
 */
function lowPriorityScript(): Plugin {
  return {
    name: 'kube-paths-low-priority-script',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => html.replace(/<script type="module" crossorigin src=/g, '<script type="module" fetchpriority="low" crossorigin src='),
    },
  };
}

/** After the page, the embed module (vite.embed.config.ts), so `vite build` emits both. */
function embedBuild(mode: string): Plugin {
  return {
    name: 'kube-paths-embed',
    apply: 'build',
    async closeBundle() {
      const { build } = await import('vite');
      await build({ configFile: fileURLToPath(new URL('./vite.embed.config.ts', import.meta.url)), mode, logLevel: 'warn' });
    },
  };
}

/**
 * Test hooks (the `?crash=<panel>` self-test) exist only in test builds: `vite build --mode e2e`,
 * which the e2e suite runs against, and Vitest (mode `test`). A plain `vite build` has none.
 */
export const selfTestDefine = (mode: string) => ({
  __KP_SELF_TEST__: JSON.stringify(mode === 'e2e' || mode === 'test'),
});

/** Modules d3-zoom imports for animated transitions only, replaced by small shims (both builds). */
export const D3_SHIMS = {
  'd3-transition': fileURLToPath(new URL('./src/components/graph/d3TransitionShim.ts', import.meta.url)),
  'd3-interpolate': fileURLToPath(new URL('./src/components/graph/d3InterpolateShim.ts', import.meta.url)),
};

/** Where a build goes: the e2e build apart (dist-e2e/), so dist/ only ever holds a production build. */
export const outDirFor = (mode: string): string => (mode === 'e2e' ? 'dist-e2e' : 'dist');

// Relative base so dist/ works from any static host and any sub-path.
export default defineConfig(({ mode }) => ({
  base: './',
  plugins: [
    react(),
    csp(),
    lowPriorityScript(),
    embedBuild(mode),
    // The default scenario's page, rendered into dist/index.html: the first paint needs no script.
    prerender({ entry: 'src/prerender.tsx', define: selfTestDefine(mode), alias: D3_SHIMS }),
  ],
  define: selfTestDefine(mode),
  // The diagram never animates: d3-zoom gets a no-op interrupt() instead of all of d3-transition,
  // and an interpolateZoom it never calls instead of d3-interpolate and d3-color.
  resolve: { alias: D3_SHIMS },
  build: {
    target: 'es2022',
    outDir: outDirFor(mode),
    sourcemap: false,
    modulePreload: { polyfill: false },
    // Everything the first paint loads in one chunk: one request and one compression context,
    // instead of a dozen small shared chunks the on-demand parts also import (5 KiB gzip less).
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'first-paint', tags: ['$initial'] }] } } },
  },
  preview: { headers: { 'Content-Security-Policy': CSP_HEADER } },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
}));
