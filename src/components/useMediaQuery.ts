import { useCallback, useSyncExternalStore } from 'react';

/**
 * Whether a media query matches, kept up to date. The prerendered page knows no screen: it is
 * rendered (and hydrated) as `prerendered` says, and follows the real screen from the render after.
 */
export function useMediaQuery(query: string, prerendered = false): boolean {
  const subscribe = useCallback(
    (changed: () => void) => {
      if (typeof matchMedia !== 'function') return () => {};
      const list = matchMedia(query);
      list.addEventListener('change', changed);
      return () => list.removeEventListener('change', changed);
    },
    [query],
  );
  return useSyncExternalStore(
    subscribe,
    () => typeof matchMedia === 'function' && matchMedia(query).matches,
    () => prerendered,
  );
}
