import { shallow } from 'zustand/shallow';
import { decodeQuery, encodeQuery, type UrlState } from '../model/urlCodec';
import { useStore, type Store } from './store';

type Api = Pick<typeof useStore, 'getState' | 'setState' | 'subscribe'>;

/** The notice id used for parameters a link carried that could not be applied. */
export const URL_NOTICE_ID = 'url-ignored';

const systemTheme = (win: Window): 'light' | 'dark' =>
  win.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';

function toUrlState(s: Store, withTheme: boolean): UrlState {
  return {
    preset: s.preset,
    config: s.config,
    nodes: s.nodes,
    pods: s.podsPerNode,
    ...(s.selection ? { select: s.selection } : {}),
    ...(withTheme ? { theme: s.theme } : {}),
    ...(s.highContrast ? { contrast: 'high' as const } : {}),
    ...(s.tableView ? { table: true } : {}),
  };
}

/**
 * Loads the scenario from the query string, then keeps the query string in step with the store
 * (replaceState, no reload). The theme is written only once it was chosen, so a shared link does
 * not override the reader's colour-scheme preference unless it says so. Returns the unsubscriber.
 */
export function startUrlSync(win: Window = window, store: Api = useStore): () => void {
  const { state, ignored } = decodeQuery(win.location.search);
  const initialTheme = state.theme ?? systemTheme(win);
  let themeChosen = state.theme !== undefined;
  store.setState({
    config: state.config,
    preset: state.preset,
    nodes: state.nodes,
    podsPerNode: state.pods,
    previous: null,
    selection: state.select ?? null,
    theme: initialTheme,
    highContrast: state.contrast === 'high',
    tableView: state.table ?? false,
  });
  if (ignored.length > 0) {
    store.getState().notify({
      id: URL_NOTICE_ID,
      tone: 'warning',
      text: `The link had parameters that were ignored: ${ignored.map((i) => `${i.param} (${i.reason})`).join('; ')}.`,
    });
  }
  return store.subscribe(
    (s) => [s.config, s.preset, s.nodes, s.podsPerNode, s.selection, s.theme, s.highContrast, s.tableView] as const,
    () => {
      const s = store.getState();
      if (s.theme !== initialTheme) themeChosen = true;
      const query = encodeQuery(toUrlState(s, themeChosen));
      if (query !== win.location.search) {
        win.history.replaceState(win.history.state, '', `${query}${win.location.hash}`);
      }
    },
    { equalityFn: shallow },
  );
}
