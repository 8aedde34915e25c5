import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/App';
import { createAppStore, hydrateSaved, type AppStore } from './state/store';
import { startThemeSync } from './state/themeSync';
import { StoreContext } from './state/useStore';
import { isEmbedLink, startUrlSync } from './state/urlSync';

const EmbedApp = lazy(() => import('./embed/EmbedApp').then((m) => ({ default: m.EmbedApp })));

/** A running page: its store, and how to take it down again (tests mount several in turn). */
export interface Page {
  readonly store: AppStore;
  readonly embedded: boolean;
  stop(): void;
}

/**
 * The page's entry point: makes the page's one store, restores saved state, then the URL (a link
 * with parameters wins), both before the first render so the right scenario is drawn at once.
 * As an embed (iframes on docs sites) it shows minimal chrome and never touches storage.
 */
export function startPage(win: Window, container: HTMLElement): Page {
  const embedded = isEmbedLink(win.location.search);
  const store = createAppStore({ persist: !embedded });
  const restored = embedded ? false : hydrateSaved(store);
  const stopUrl = startUrlSync(win, store, restored);
  const stopTheme = startThemeSync(win.document.documentElement, store);
  const root = createRoot(container);
  root.render(
    <StrictMode>
      <StoreContext.Provider value={store}>
        {embedded ? (
          <Suspense fallback={null}>
            <EmbedApp controls="none" appUrl={`${win.location.origin}${win.location.pathname}`} />
          </Suspense>
        ) : (
          <App />
        )}
      </StoreContext.Provider>
    </StrictMode>,
  );
  return {
    store,
    embedded,
    stop: () => {
      root.unmount();
      stopUrl();
      stopTheme();
    },
  };
}
