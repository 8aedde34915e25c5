import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/App';
import { startThemeSync } from './state/themeSync';
import { startUrlSync } from './state/urlSync';
import './styles/theme.css';
import './styles/app.css';

// The URL is read before the first render so the page draws the linked scenario straight away.
startUrlSync();
startThemeSync();

const root = document.getElementById('root');
if (!root) throw new Error('missing #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
