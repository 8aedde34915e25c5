import { renderToString } from 'react-dom/server';
import { App } from './components/App';
import { PageRoot } from './pageRoot';
import { createAppStore } from './state/store';

/**
 * The page of the default scenario (no link parameters, nothing saved) as HTML, for `vite build`
 * to write into index.html's #root (vite.prerender.ts): the first paint needs no script, and
 * main.tsx hydrates it. Rendered from the same tree and store as the browser's first render.
 */
export function renderDefaultPage(): string {
  return renderToString(
    <PageRoot store={createAppStore({ persist: false })}>
      <App />
    </PageRoot>,
  );
}
