import { cleanup, render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach } from 'vitest';
import { createAppStore, type AppStore } from '../state/store';
import { StoreContext } from '../state/useStore';

// Testing Library cleans up by itself only where the test runner has global hooks.
afterEach(cleanup);

/** Renders `ui` as an entry point would: inside a provider of its own store (a fresh one unless given). */
export function renderWithStore(
  ui: ReactElement,
  store: AppStore = createAppStore({ persist: false }),
) {
  return { store, ...render(<StoreContext.Provider value={store}>{ui}</StoreContext.Provider>) };
}
