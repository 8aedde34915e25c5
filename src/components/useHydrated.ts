import { useState, useSyncExternalStore } from 'react';

const never = () => () => {};

/**
 * False while the build prerenders the page and while the browser hydrates that HTML; true from
 * the render after (and at once in a page or element rendered on the client only). What differs
 * on the client (measured sizes, media queries, lazily loaded panels) waits for it, so the
 * hydrating render is exactly the prerendered HTML.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}

/**
 * True when this component's first render was the prerendered HTML (on the server, or hydrating
 * it in the browser); it stays so for the component's life. A component mounted later is false.
 */
export function useFromPrerender(): boolean {
  const hydrated = useHydrated();
  const [fromPrerender] = useState(!hydrated);
  return fromPrerender;
}
