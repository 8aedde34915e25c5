import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/App';
import { appStore, hydrateSaved } from './state/store';
import { startThemeSync } from './state/themeSync';
import { startUrlSync } from './state/urlSync';
import './styles/theme.css';
import './styles/app.css';

// Saved state first, then the URL (a link with parameters wins); both before the first render so
// the page draws the right scenario straight away.
const restored = hydrateSaved();
startUrlSync(window, appStore, restored);
startThemeSync();

// ?embed=1 (iframes on docs sites): minimal chrome; the store already saves nothing in this mode.
const embedded = new URLSearchParams(location.search).get('embed') === '1';
const EmbedApp = lazy(() => import('./embed/EmbedApp').then((m) => ({ default: m.EmbedApp })));
const root = document.getElementById('root');
if (!root) throw new Error('missing #root element');
createRoot(root).render(
  <StrictMode>
    {embedded ? (
      <Suspense fallback={null}>
        <EmbedApp controls="none" appUrl={`${location.origin}${location.pathname}`} />
      </Suspense>
    ) : (
      <App />
    )}
  </StrictMode>,
);
