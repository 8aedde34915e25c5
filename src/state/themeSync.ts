import type { AppStore } from './store';

/** Mirrors the theme and contrast choice onto <html> (theme.css keys its tokens off these). */
export function startThemeSync(root: HTMLElement, store: AppStore): () => void {
  return store.subscribe(
    (s) => [s.theme, s.highContrast] as const,
    ([theme, high]) => {
      root.dataset.theme = theme;
      if (high) root.dataset.contrast = 'high';
      else delete root.dataset.contrast;
    },
    { fireImmediately: true, equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] },
  );
}
