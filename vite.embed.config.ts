import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { D3_SHIMS, outDirFor, selfTestDefine } from './vite.config';

/** Drops the side CSS file: every style the element needs is inlined and adopted. */
function noSideCss(): Plugin {
  return {
    name: 'kube-paths-embed-no-side-css',
    enforce: 'post',
    generateBundle(_, bundle) {
      for (const name of Object.keys(bundle)) if (name.endsWith('.css')) delete bundle[name];
    },
  };
}

/**
 * The second build: dist/embed/kube-paths.js, one ES module that registers <kube-paths>. Its CSS
 * is imported with ?inline and adopted by each shadow root, so the host page needs no style-src
 * exception; the plain CSS imports of shared components would only make an unused side file.
 * An app build with a script entry rather than lib mode: lib mode leaves ES output unminified.
 */
export default defineConfig(({ mode }) => ({
  base: './',
  plugins: [react(), noSideCss()],
  define: selfTestDefine(mode),
  resolve: { alias: D3_SHIMS },
  publicDir: false,
  build: {
    target: 'es2022',
    outDir: `${outDirFor(mode)}/embed`,
    emptyOutDir: false,
    sourcemap: false,
    copyPublicDir: false,
    modulePreload: false,
    rolldownOptions: {
      input: 'src/embed/kube-paths.tsx',
      output: { format: 'es', entryFileNames: 'kube-paths.js', codeSplitting: false },
    },
  },
}));
