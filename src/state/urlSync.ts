import { shallow } from 'zustand/shallow';
import type { Tour } from '../model/tour';
import { decodeQuery, encodeQuery, type Decoded, type UrlState } from '../model/urlCodec';
import { afterPaint } from './afterPaint';
import { scenarioOf } from './scenarioOf';
import { selectPreset } from './selectors';
import type { AppStore, Store } from './store';
import { loadTourCatalog } from './tourCatalog';

type Api = Pick<AppStore, 'getState' | 'setState' | 'subscribe'>;

/**
 * Parameters that set how the page runs, not the scenario (they never override saved state).
 * `crash` is the panels' self-test, known only to test builds.
 */
const PAGE_PARAMS = new Set(__KP_SELF_TEST__ ? ['embed', 'crash'] : ['embed']);

/** The query string less the page-mode parameters, which the scenario codec does not know. */
function withoutPageParams(search: string): string {
  const params = new URLSearchParams(search);
  // The codec knows `embed` (it keeps it in the address bar).
  if (__KP_SELF_TEST__) params.delete('crash');
  const rest = params.toString();
  return rest ? `?${rest}` : '';
}

/**
 * True when the page runs as an embed (`?embed=1`, or any other value the link codec reads as on):
 * minimal chrome, and no storage read or written. The one place that decides it.
 */
export function isEmbedLink(search: string): boolean {
  return decodeQuery(withoutPageParams(search)).state.embed === true;
}

/** True when the query string says anything about the scenario or view. */
function hasScenarioParams(search: string): boolean {
  return [...new URLSearchParams(search).keys()].some((k) => !PAGE_PARAMS.has(k));
}

/** The notice id used for parameters a link carried that could not be applied. */
export const URL_NOTICE_ID = 'url-ignored';

const systemTheme = (win: Window): 'light' | 'dark' =>
  win.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';

function toUrlState(s: Store, withTheme: boolean, embed: boolean): UrlState {
  return {
    preset: selectPreset(s),
    config: s.config,
    pods: s.podsPerNode,
    ...(s.selection ? { select: s.selection } : {}),
    ...(withTheme ? { theme: s.theme } : {}),
    ...(s.highContrast ? { contrast: 'high' as const } : {}),
    ...(s.tableView ? { table: true } : {}),
    ...(s.tour ? { tour: s.tour } : {}),
    ...(s.presenter ? { presenter: true } : {}),
    ...(embed ? { embed: true } : {}),
    ...(s.attacker ? { attacker: s.attacker } : {}),
  };
}

/**
 * Loads the scenario from the query string, then keeps the query string in step with the store
 * (replaceState, no reload). The theme is written only once it was chosen, so a shared link does
 * not override the reader's colour-scheme preference unless it says so. A link that names a tour
 * is applied only once the tour catalogue has loaded (`loadTours`), all of it at once with the
 * catalogue: a predict step never shows its scenario without its mask, and nothing is written to
 * the address bar before. Returns the unsubscriber.
 */
export function startUrlSync(
  win: Window,
  store: Api,
  restored = false,
  loadTours: () => Promise<readonly Tour[]> = loadTourCatalog,
): () => void {
  const search = withoutPageParams(win.location.search);
  // A bare reload keeps what was saved locally; a link with parameters wins over it.
  const keepSaved = restored && !hasScenarioParams(win.location.search);
  let stopped = false;
  let unsubscribe = () => {};
  const start = ({ state, ignored }: Decoded, tours: readonly Tour[] | null) => {
    const initialTheme = keepSaved ? store.getState().theme : (state.theme ?? systemTheme(win));
    let themeChosen = keepSaved || state.theme !== undefined;
    if (!keepSaved) {
      store.setState({
        ...scenarioOf(state),
        theme: initialTheme,
        tableView: state.table ?? false,
        tour: state.tour ?? null,
        presenter: state.presenter ?? false,
        ...(tours ? { tours } : {}),
      });
    }
    if (ignored.length > 0) {
      store.getState().notify({
        id: URL_NOTICE_ID,
        tone: 'warning',
        text: `The link had parameters that were ignored: ${ignored.map((i) => `${i.param} (${i.reason})`).join('; ')}.`,
      });
    }
    const write = () => {
      const s = store.getState();
      if (s.theme !== initialTheme) themeChosen = true;
      const query = encodeQuery(toUrlState(s, themeChosen, state.embed === true));
      if (query !== win.location.search) {
        win.history.replaceState(win.history.state, '', `${query}${win.location.hash}`);
      }
    };
    // A restored scenario is written to the address bar at once, so the link shows what is drawn.
    if (keepSaved) write();
    // Later changes are written after their paint: replaceState with a long query costs a few ms,
    // which a toggle would otherwise wait for before it shows.
    const later = afterPaint(win, write);
    const unsubscribeStore = store.subscribe(
      (s) =>
        [
          s.config,
          s.podsPerNode,
          s.selection,
          s.theme,
          s.highContrast,
          s.tableView,
          s.tour,
          s.presenter,
          s.attacker,
        ] as const,
      later.schedule,
      { equalityFn: shallow },
    );
    unsubscribe = () => {
      unsubscribeStore();
      later.cancel();
    };
  };
  const first = decodeQuery(search);
  if (!first.needsTours) start(first, null);
  else {
    loadTours().then(
      (tours) => {
        if (!stopped) start(decodeQuery(search, { tours }), tours);
      },
      (e: unknown) => {
        if (stopped) return;
        // The rest of the link still applies; the tour is named as what could not be shown.
        start(first, null);
        store.getState().notify({
          id: 'tour-load',
          tone: 'error',
          text: `The tour in the link could not be loaded (${String(e)}); reload the page to try again.`,
        });
      },
    );
  }
  return () => {
    stopped = true;
    unsubscribe();
  };
}
