import { StrictMode, Suspense, useLayoutEffect, useRef, type ReactNode } from 'react';
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
 * hydration must match it node for node): strict mode and the store. The app sits in a Suspense
 * boundary: React hydrates the shell at once and what is inside the boundary at idle priority,
 * in slices that yield to the browser, instead of one long task (the HTML is on screen already).
 * `onMounted` runs right after the first commit (the shell), before the browser paints again.
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
        <Suspense fallback={null}>{children}</Suspense>
        <AfterFirstCommit onMounted={onMounted} />
      </StoreContext.Provider>
    </StrictMode>
  );
}
