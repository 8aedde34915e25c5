import { StrictMode, useLayoutEffect, useRef, type ReactNode } from 'react';
import type { AppStore } from './state/store';
import { StoreContext } from './state/useStore';

/** Runs `onMounted` once, after the first commit of everything before it in the tree. */
function AfterFirstCommit({ onMounted }: { readonly onMounted: () => void }) {
  const done = useRef(false);
  useLayoutEffect(() => {
    if (done.current) return;
    done.current = true;
    onMounted();
  }, [onMounted]);
  return null;
}

/**
 * What the page renders around its app, the same in the build's prerender and in the browser (a
 * hydration must match it node for node): strict mode and the store. `onMounted` runs right
 * after the first commit (the hydration of the prerendered HTML), before the browser paints again.
 */
export function PageRoot({
  store,
  onMounted = () => {},
  children,
}: {
  readonly store: AppStore;
  readonly onMounted?: () => void;
  readonly children: ReactNode;
}) {
  return (
    <StrictMode>
      <StoreContext.Provider value={store}>
        {children}
        <AfterFirstCommit onMounted={onMounted} />
      </StoreContext.Provider>
    </StrictMode>
  );
}
