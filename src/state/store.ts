import type { StateCreator } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { persist, subscribeWithSelector } from 'zustand/middleware';
import type { Position } from '../model/attackers';
import { setKey, type ConfigKey, type ConfigValue } from '../model/config';
import { totalNodes, withNodeCount } from '../model/pools';
import { DEFAULT_PRESET, PRESETS, type PresetName } from '../model/presets';
import type { exploits } from '../model/exposureMarks';
import type { Tour } from '../model/tour';
import type { Config, PathId, PathState } from '../model/types';
import { carrySelection } from './instanceKeys';
import { migrateSaved, parseSaved, safeStorage, SAVED_VERSION, STORAGE_KEY, type Saved } from './persistence';

/** What replaced the whole config last: a preset, an import, a plan, a fix, a tour step or a pool's removal. */
export type ReplaceCause = 'preset' | 'import' | 'plan' | 'fix' | 'tour' | 'pool';

/**
 * The scenario: sources of truth only. Assessments, and the preset the config equals
 * (selectPreset), are derived from `config`.
 */
export interface ScenarioSlice {
  readonly config: Config;
  /** Pods drawn per node (cluster-wide); node counts live in `config.pools`. */
  readonly podsPerNode: number;
  /** The config before the last replacement, and what replaced it, for one-step undo. */
  readonly previous: { readonly config: Config; readonly cause: ReplaceCause } | null;
  applyPreset(name: PresetName): void;
  /** Sets a key: a kubelet key on every pool, or on `pool` when given. */
  setConfigKey(key: ConfigKey, value: ConfigValue, pool?: string): void;
  /** Sets the node count of a one-pool scenario (the first pool's otherwise) and pods per node. */
  setSize(nodes: number, podsPerNode: number): void;
  /** Sets pods per node (cluster-wide). */
  setPodsPerNode(podsPerNode: number): void;
  /** Replaces the whole config (import, plan, fix, tour), remembering the previous one. */
  replaceConfig(config: Config, cause: ReplaceCause): void;
  /** Returns to the scenario before the last replaceConfig. */
  undoReplace(): void;
  /**
   * What the current config is compared against (Compare panel and graph overlay), or null. The
   * source, not a config: the baseline is derived from it (selectCompareBaseline), so "before the
   * last replacement" follows `previous` and a link is read once from its text.
   */
  readonly compareSource: CompareSource | null;
  setCompareSource(source: CompareSource | null): void;
}

/** A checked change of the pools (model/poolEdits.ts makes them) and what goes with it. */
export interface PoolChange {
  readonly config: Config;
  /** A rename: the selection and the edited pool follow the pool to its new name. */
  readonly renamed?: { readonly from: string; readonly to: string };
  /** The pool to edit afterwards (a pool just added). */
  readonly edit?: string;
  /** Keep the config before for one-step undo (a removal takes a pool's settings with it). */
  readonly undoable?: boolean;
}

/**
 * The pools editor: which pool the kubelet controls and the node-count control edit (view state,
 * not part of the scenario), and applying a pool change with the selection carried along.
 */
export interface PoolsSlice {
  /** The pool being edited, by name; null edits every pool at once. */
  readonly editingPool: string | null;
  setEditingPool(name: string | null): void;
  editPools(change: PoolChange): void;
}

/** A compare baseline's source: a preset, the config before the last replacement, or a link (null until one is given). */
export type CompareSource =
  | { readonly kind: 'preset'; readonly preset: PresetName }
  | { readonly kind: 'previous' }
  | { readonly kind: 'link'; readonly link: string | null };

/** A selected path instance (by its topology key) or component instance. */
export type Selection =
  | { readonly kind: 'path'; readonly id: PathId; readonly key: string }
  | { readonly kind: 'component'; readonly id: string }
  | null;

export interface SelectionSlice {
  readonly selection: Selection;
  /** Path instance key or component id under the pointer / keyboard focus. */
  readonly hovered: string | null;
  select(selection: Selection): void;
  hover(id: string | null): void;
}

export type Theme = 'light' | 'dark';

/** The committed pan/zoom transform of the diagram (d3-zoom writes it on gesture end). */
export interface ViewTransform {
  readonly x: number;
  readonly y: number;
  readonly k: number;
}

export interface ViewSlice {
  readonly transform: ViewTransform;
  setTransform(t: ViewTransform): void;
  readonly theme: Theme;
  readonly highContrast: boolean;
  readonly tableView: boolean;
  setTheme(theme: Theme): void;
  setHighContrast(on: boolean): void;
  setTableView(on: boolean): void;
}

/** A dismissible message shown to the user (bad URL parameters, import results, storage). */
export interface Notice {
  readonly id: string;
  readonly text: string;
  readonly tone: 'info' | 'warning' | 'error';
}

export interface NoticeSlice {
  readonly notices: readonly Notice[];
  notify(notice: Notice): void;
  dismiss(id: string): void;
}

/** An answer to a tour step's "predict" question: the state guessed, or 'skipped'. */
export type Prediction = PathState | 'skipped';

/**
 * Workshop mode: the running tour step, presenter view, and the predictions given so far. The
 * path hidden until predicted is derived from the step and the predictions (selectPredictMask).
 */
export interface TourSlice {
  /**
   * The tour catalogue (model/tours.ts), loaded on demand: null until a tour is picked or a link
   * names one (state/tourCatalog.ts). A tour is only ever started with it loaded.
   */
  readonly tours: readonly Tour[] | null;
  readonly tour: { readonly id: string; readonly step: number } | null;
  readonly presenter: boolean;
  /** Answers by `tourId:step`, kept while the tour runs (going back shows the answer given). */
  readonly predictions: Readonly<Record<string, Prediction>>;
  /** Starts, moves or (null) ends a tour; ending or switching tours forgets the predictions. */
  setTour(tour: { readonly id: string; readonly step: number } | null): void;
  setPresenter(on: boolean): void;
  predict(tourId: string, step: number, answer: Prediction): void;
}

/**
 * Who the diagram is seen from (DOMAIN.md §10): view state like the selection, so it is in the link
 * (`attacker=pod`) and never saved. The exposure code reads the full report, so the diagram loads
 * it the first time a position is picked (useExposureCode), never with the first paint.
 */
export interface AttackerSlice {
  readonly attacker: Position | null;
  setAttacker(position: Position | null): void;
  /** The lazily loaded `exploits` of model/exposureMarks; null until the diagram first needed it. */
  readonly exposureCode: typeof exploits | null;
}

export type Store = ScenarioSlice & PoolsSlice & SelectionSlice & ViewSlice & NoticeSlice & TourSlice & AttackerSlice;

type Slice<T> = StateCreator<Store, [['zustand/subscribeWithSelector', never]], [], T>;

/**
 * A new config with what points into its pools carried over: the selection follows its pool by
 * name (or is dropped with it), and so does the edited pool.
 */
function withPools(
  s: Store,
  config: Config,
  renamed?: { readonly from: string; readonly to: string },
): Pick<Store, 'config' | 'selection' | 'editingPool'> {
  const editing = s.editingPool === renamed?.from ? (renamed?.to ?? null) : s.editingPool;
  return {
    config,
    selection: carrySelection(s.config.pools, config.pools, s.selection, renamed),
    editingPool: config.pools.some((p) => p.name === editing) ? editing : null,
  };
}

const scenarioSlice: Slice<ScenarioSlice> = (set) => ({
  config: PRESETS[DEFAULT_PRESET],
  podsPerNode: 3,
  previous: null,
  applyPreset: (name) =>
    set((s) => ({ ...withPools(s, PRESETS[name]), previous: { config: s.config, cause: 'preset' } })),
  setConfigKey: (key, value, pool) => set((s) => ({ config: setKey(s.config, key, value, pool) })),
  setSize: (nodes, podsPerNode) =>
    set((s) => ({
      podsPerNode,
      ...(totalNodes(s.config) === nodes && s.config.pools[0]!.nodes === nodes ? {} : withPools(s, withNodeCount(s.config, nodes))),
    })),
  setPodsPerNode: (podsPerNode) => set({ podsPerNode }),
  replaceConfig: (config, cause) => set((s) => ({ ...withPools(s, config), previous: { config: s.config, cause } })),
  undoReplace: () => set((s) => (s.previous ? { ...withPools(s, s.previous.config), previous: null } : {})),
  compareSource: null,
  setCompareSource: (compareSource) => set({ compareSource }),
});

const poolsSlice: Slice<PoolsSlice> = (set) => ({
  editingPool: null,
  setEditingPool: (editingPool) => set({ editingPool }),
  editPools: ({ config, renamed, edit, undoable }) =>
    set((s) => ({
      ...withPools(s, config, renamed),
      ...(edit === undefined ? {} : { editingPool: edit }),
      ...(undoable ? { previous: { config: s.config, cause: 'pool' as const } } : {}),
    })),
});

const selectionSlice: Slice<SelectionSlice> = (set) => ({
  selection: null,
  hovered: null,
  select: (selection) => set({ selection }),
  hover: (hovered) => set({ hovered }),
});

const viewSlice: Slice<ViewSlice> = (set) => ({
  transform: { x: 0, y: 0, k: 1 },
  setTransform: (transform) => set({ transform }),
  theme: 'light',
  highContrast: false,
  tableView: false,
  setTheme: (theme) => set({ theme }),
  setHighContrast: (highContrast) => set({ highContrast }),
  setTableView: (tableView) => set({ tableView }),
});

const noticeSlice: Slice<NoticeSlice> = (set) => ({
  notices: [],
  notify: (n) => set((s) => ({ notices: [...s.notices.filter((x) => x.id !== n.id), n] })),
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((x) => x.id !== id) })),
});

const tourSlice: Slice<TourSlice> = (set) => ({
  tours: null,
  tour: null,
  presenter: false,
  predictions: {},
  setTour: (tour) =>
    set((s) => ({ tour, ...(tour?.id === s.tour?.id ? {} : { predictions: {} }) })),
  setPresenter: (presenter) => set({ presenter }),
  predict: (tourId, step, answer) =>
    set((s) => ({ predictions: { ...s.predictions, [`${tourId}:${step}`]: answer } })),
});

const attackerSlice: Slice<AttackerSlice> = (set) => ({
  attacker: null,
  setAttacker: (attacker) => set({ attacker }),
  exposureCode: null,
});

const pickSaved = (s: Store): Saved => ({
  config: s.config,
  podsPerNode: s.podsPerNode,
  theme: s.theme,
  highContrast: s.highContrast,
  tableView: s.tableView,
});

const slices: Slice<Store> = (...a) => ({
  ...scenarioSlice(...a),
  ...poolsSlice(...a),
  ...selectionSlice(...a),
  ...viewSlice(...a),
  ...noticeSlice(...a),
  ...tourSlice(...a),
  ...attackerSlice(...a),
});

/**
 * Builds one app store; each entry point (the page, each <kube-paths> element, each test) makes
 * its own, and nothing is created at import time. `persist: false` (embeds) reads and writes no
 * storage at all.
 */
export function createAppStore(options: { readonly persist: boolean }) {
  let report: (id: string, text: string) => void = () => {};
  const store = createStore<Store>()(
    subscribeWithSelector(
      persist(slices, {
        name: STORAGE_KEY,
        version: SAVED_VERSION,
        // Hydrated explicitly (hydrateSaved) before the URL is read, so a link wins over saved state.
        skipHydration: true,
        storage: safeStorage(
          () => (typeof localStorage === 'undefined' ? undefined : localStorage),
          (id, text) => report(id, text),
          options.persist,
        ),
        partialize: (s) => pickSaved(s),
        // Old shapes are rewritten first; validation happens in merge, for every version: old,
        // corrupt and foreign data alike.
        migrate: (persisted, version) => migrateSaved(persisted, version),
        merge: (persisted, current) => {
          if (persisted === undefined || persisted === null) return current;
          const saved = parseSaved(persisted);
          if (saved.ok) return { ...current, ...saved.value };
          return {
            ...current,
            notices: [
              ...current.notices,
              {
                id: 'storage-corrupt',
                tone: 'warning',
                text: `Saved settings could not be read and were ignored (${saved.error}); the page starts fresh.`,
              },
            ],
          };
        },
      }),
    ),
  );
  report = (id, text) => store.getState().notify({ id, tone: 'warning', text });
  return store;
}

/** A store instance: getState, setState, subscribe (with selector), persist. */
export type AppStore = ReturnType<typeof createAppStore>;

/**
 * Restores the saved scenario and preferences of a persisted store; returns whether anything was
 * restored. Only the page calls it, and never in embed mode (its store does not persist).
 */
export function hydrateSaved(store: AppStore): boolean {
  void store.persist.rehydrate();
  return store.persist.hasHydrated() && localSaved();
}

function localSaved(): boolean {
  try {
    return typeof localStorage !== 'undefined' && localStorage.getItem(STORAGE_KEY) !== null;
  } catch {
    return false;
  }
}
