import { createContext, useContext } from 'react';
import { useStore as useZustandStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { AppStore, Store } from './store';

/**
 * The store of the surrounding page or element. No default: a component rendered outside an
 * entry point's provider is a bug, and falling back to a shared store would hide it.
 */
export const StoreContext = createContext<AppStore | null>(null);

/** The store object itself, for event handlers that read state imperatively. */
export function useStoreApi(): AppStore {
  const store = useContext(StoreContext);
  if (!store)
    throw new Error('kube-paths: a component was rendered outside a StoreContext provider');
  return store;
}

/** Reads the surrounding store through a selector (which returns a primitive or a stable value). */
export function useStore<T>(selector: (s: Store) => T): T {
  return useZustandStore(useStoreApi(), selector);
}

/**
 * Reads a small object built by the selector; re-renders only when one of its fields changes
 * (shallow equality), so a component that shows a few values of the config is not re-rendered by
 * every edit of the config.
 */
export function useStoreShallow<T extends object>(selector: (s: Store) => T): T {
  return useZustandStore(useStoreApi(), useShallow(selector));
}
