import { Suspense, type ReactNode } from 'react';
import { useHydrated } from './useHydrated';

/**
 * A panel whose code loads on demand (a `lazy` component): its fallback in the prerendered page
 * and while that is hydrated (the first download has none of its code), then the panel itself
 * under Suspense with the same fallback, so nothing on screen changes until it has loaded.
 */
export function LazyPanel({ fallback, children }: { readonly fallback: ReactNode; readonly children: ReactNode }) {
  const hydrated = useHydrated();
  return hydrated ? <Suspense fallback={fallback}>{children}</Suspense> : fallback;
}
