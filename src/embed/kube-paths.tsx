import { createRoot, type Root } from 'react-dom/client';
import { PanelBoundary } from '../components/PanelBoundary';
import { TOURS } from '../model/tours';
import { decodeQuery } from '../model/urlCodec';
import { scenarioOf } from '../state/scenarioOf';
import { createAppStore, type AppStore } from '../state/store';
import { StoreContext } from '../state/useStore';
import graphCss from '../components/graph/graph.css?inline';
import appCss from '../styles/app.css?inline';
import themeCss from '../styles/theme.css?inline';
import { controlsMode, embedQuery } from './attributes';
import { EmbedApp } from './EmbedApp';
import embedCss from './embed.css?inline';
import marksCss from '../components/attacker/marks.css?inline';

/** Host box: block, as wide as its container, as tall as it is given (or a readable minimum). */
const HOST_CSS = `:host { display: block; position: relative; width: 100%; height: 100%; min-height: 420px; contain: content; }
:host([hidden]) { display: none; }`;

let sheet: CSSStyleSheet | null = null;
/**
 * One constructed stylesheet shared by every element: adopted into each shadow root, so the host
 * document gets no <style> element (a strict host CSP would block one).
 */
function styles(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync([themeCss, appCss, graphCss, marksCss, embedCss, HOST_CSS].join('\n'));
  }
  return sheet;
}

/** The full page this module was built with: dist/embed/kube-paths.js → dist/. */
const APP_URL = new URL(/* @vite-ignore */ '../', import.meta.url).href;

/**
 * <kube-paths preset nodes pools theme controls select query>: the diagram in a shadow root, with its
 * own store that never touches storage, so several elements on a page keep separate scenarios.
 */
export class KubePathsElement extends HTMLElement {
  static readonly observedAttributes = ['preset', 'nodes', 'pools', 'theme', 'controls', 'select', 'query'];
  /** This element's scenario (public so pages and tests can read what is drawn). */
  readonly store: AppStore = createAppStore({ persist: false });
  readonly #wrapper: HTMLDivElement;
  #root: Root | null = null;

  constructor() {
    super();
    const shadow = this.attachShadow({ mode: 'open' });
    shadow.adoptedStyleSheets = [styles()];
    this.#wrapper = document.createElement('div');
    this.#wrapper.className = 'kp-embed-root';
    shadow.append(this.#wrapper);
  }

  connectedCallback(): void {
    this.#apply();
    this.#root ??= createRoot(this.#wrapper);
    this.#render();
  }

  disconnectedCallback(): void {
    this.#root?.unmount();
    this.#root = null;
  }

  attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (!this.#root || old === value) return;
    if (name === 'controls') this.#render();
    else this.#apply();
  }

  #apply(): void {
    // One module (no chunks): the tour catalogue is in it anyway, so a hand-written tour query works.
    const { state, ignored } = decodeQuery(embedQuery((n) => this.getAttribute(n)), { tours: TOURS });
    const controls = controlsMode(this.getAttribute('controls'));
    const problems = [
      ...ignored.map((i) => `${i.param} (${i.reason})`),
      ...(controls.error ? [controls.error] : []),
    ];
    const dark =
      typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
    const theme = state.theme ?? (dark ? 'dark' : 'light');
    this.store.setState((s) => ({
      ...scenarioOf(state),
      theme,
      tableView: false,
      notices: [
        ...s.notices.filter((n) => n.id !== 'embed-ignored'),
        ...(problems.length > 0
          ? [
              {
                id: 'embed-ignored',
                tone: 'warning' as const,
                text: `<kube-paths> ignored: ${problems.join('; ')}.`,
              },
            ]
          : []),
      ],
    }));
    this.#wrapper.dataset['theme'] = theme;
    if (state.contrast === 'high') this.#wrapper.dataset['contrast'] = 'high';
    else delete this.#wrapper.dataset['contrast'];
  }

  #render(): void {
    this.#root?.render(
      <StoreContext.Provider value={this.store}>
        <PanelBoundary name="kube-paths" onReset={() => this.#apply()}>
          <EmbedApp controls={controlsMode(this.getAttribute('controls')).mode} appUrl={APP_URL} />
        </PanelBoundary>
      </StoreContext.Provider>,
    );
  }
}

if (!customElements.get('kube-paths')) customElements.define('kube-paths', KubePathsElement);
