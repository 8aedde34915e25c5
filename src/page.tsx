import { lazy, Suspense } from 'react';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import { App } from './components/App';
import { PageRoot } from './pageRoot';
import { createAppStore, hydrateSaved, type AppStore } from './state/store';
import { startThemeSync } from './state/themeSync';
import { isEmbedLink, startUrlSync } from './state/urlSync';

const EmbedApp = lazy(() => import('./embed/EmbedApp').then((m) => ({ default: m.EmbedApp })));

/** A running page: its store, and how to take it down again (tests mount several in turn). */
export interface Page {
  readonly store: AppStore;
  readonly embedded: boolean;
  /** The page hydrated the prerendered default scenario (the build writes it into #root). */
  readonly hydrated: boolean;
  stop(): void;
}

/**
 * The page's entry point: makes the page's one store, restores saved state, then the URL (a link
 * with parameters wins). The build prerenders the default scenario into the container; that HTML
 * is hydrated with the store as created (the first render must match it exactly), and saved state
 * and the link apply right after, before the next paint. Without prerendered HTML (the dev
 * server) they apply before the first render. As an embed (iframes on docs sites) it shows
 * minimal chrome and never touches storage: the prerendered page is replaced.
 */
export function startPage(win: Window, container: HTMLElement): Page {
  const embedded = isEmbedLink(win.location.search);
  const store = createAppStore({ persist: !embedded });
  let stopUrl = () => {};
  let stopTheme = () => {};
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    const restored = embedded ? false : hydrateSaved(store);
    stopUrl = startUrlSync(win, store, restored);
    stopTheme = startThemeSync(win.document.documentElement, store);
  };
  const prerendered = !embedded && container.firstElementChild !== null;
  let root: Root;
  if (prerendered) {
    root = hydrateRoot(
      container,
      <PageRoot store={store} onMounted={start}>
        <App />
      </PageRoot>,
    );
  } else {
    container.replaceChildren();
    start();
    root = createRoot(container);
    root.render(
      <PageRoot store={store}>
        {embedded ? (
          <Suspense fallback={null}>
            <EmbedApp controls="none" appUrl={`${win.location.origin}${win.location.pathname}`} />
          </Suspense>
        ) : (
          <App />
        )}
      </PageRoot>,
    );
  }
  return {
    store,
    embedded,
    hydrated: prerendered,
    stop: () => {
      root.unmount();
      stopUrl();
      stopTheme();
    },
  };
}
