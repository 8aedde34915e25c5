import { positionPresent } from '../model/attackers';
import { compareCached, type ChangeKind } from '../model/compare';
import type { PoolSize } from '../model/pools';
import { statesOf } from '../model/derive';
import { matchingPreset } from '../model/presetMatch';
import { baselineFromLink, type LinkBaseline } from '../model/linkBaseline';
import { PRESETS, type PresetName } from '../model/presets';
import { changedInstances } from '../model/predictMask';
import { stepConfig, tourById } from '../model/tour';
import type { Config, PathId, PathState } from '../model/types';
import { instanceKey } from '../model/topology';
import { selectedPoolOf } from './instanceKeys';
import type { CompareSource, Store } from './store';

/** Named selectors: each returns a primitive or a stable reference. */
export const selectConfig = (s: Store): Config => s.config;
let presetOf: { config: Config | null; preset: PresetName | null } = { config: null, preset: null };
/** The preset the config equals, or null: derived, so an edit that lands on a preset is named. */
export const selectPreset = (s: Store): PresetName | null => {
  // Every subscriber's selector runs on every store change (a hover too): compare the config with
  // the presets once per config.
  if (presetOf.config !== s.config) presetOf = { config: s.config, preset: matchingPreset(s.config) };
  return presetOf.preset;
};
/** The pools' names and node counts (a stable reference while the config is unchanged). */
export const selectPoolSizes = (s: Store): readonly PoolSize[] => s.config.pools;

/**
 * The index of the pool the kubelet and node-count controls edit: the only pool of a one-pool
 * scenario, else the chosen one; null for every pool (also when the chosen pool is gone).
 */
export const selectEditingPool = (s: Store): number | null => {
  if (s.config.pools.length === 1) return 0;
  const i = s.config.pools.findIndex((p) => p.name === s.editingPool);
  return i < 0 ? null : i;
};

/** The name of the pool a kubelet control writes to, or undefined for every pool (one pool: every pool). */
export const selectKubeletTarget = (s: Store): string | undefined => {
  const i = selectEditingPool(s);
  return i === null || s.config.pools.length === 1 ? undefined : s.config.pools[i]!.name;
};

/** The pool index of the selected path instance; undefined when none, or the control plane's own path. */
export const selectSelectedPool = (s: Store): number | undefined => selectedPoolOf(s.config.pools, s.selection);

export const selectPodsPerNode = (s: Store): number => s.podsPerNode;
export const selectSelection = (s: Store) => s.selection;
export const selectHovered = (s: Store) => s.hovered;
export const selectTransform = (s: Store) => s.transform;
export const selectTheme = (s: Store) => s.theme;
export const selectHighContrast = (s: Store) => s.highContrast;
export const selectTableView = (s: Store) => s.tableView;
export const selectNotices = (s: Store) => s.notices;
export const selectUntrusted = (s: Store): boolean => s.config.network.untrusted;

/** A selector for one path instance's state (kind and pool): path elements subscribe to just their own. */
export const selectPathState =
  (id: PathId, pool = 0) =>
  (s: Store): PathState =>
    statesOf(s.config)[pool]?.[id] ?? 'disabled';

/** A selector saying whether the path instance `key` is the selection. */
export const selectIsPathSelected =
  (key: string) =>
  (s: Store): boolean =>
    s.selection?.kind === 'path' && s.selection.key === key;

/** Konnectivity is configured (its server and agents are drawn faded otherwise). */
export const selectKonnectivityEnabled = (s: Store): boolean => s.config.konnectivity.enabled;

/** True when the last replacement (preset, import, plan, fix, tour step) can be undone. */
export const selectCanUndo = (s: Store): boolean => s.previous !== null;

/** True when the last replacement was an import, so "Undo import" undoes exactly that. */
export const selectCanUndoImport = (s: Store): boolean => s.previous?.cause === 'import';

const linkReads = new WeakMap<CompareSource, LinkBaseline>();
/** A link source read once per source object (every path element asks on every store change). */
function readLink(source: CompareSource, link: string): LinkBaseline {
  let read = linkReads.get(source);
  if (!read) linkReads.set(source, (read = baselineFromLink(link)));
  return read;
}

/** The link being compared against, read: its config and ignored parameters, or why it failed. */
export const selectCompareLink = (s: Store): LinkBaseline | null => {
  const source = s.compareSource;
  return source?.kind === 'link' && source.link !== null ? readLink(source, source.link) : null;
};

/**
 * The compare baseline, derived from its source: a preset's config, the config before the last
 * replacement, or a link's; null when not comparing (or the link is not read yet or unreadable).
 */
export const selectCompareBaseline = (s: Store): Config | null => {
  const source = s.compareSource;
  if (!source) return null;
  switch (source.kind) {
    case 'preset':
      return PRESETS[source.preset];
    case 'previous':
      return s.previous?.config ?? null;
    case 'link': {
      const read = selectCompareLink(s);
      return read?.ok ? read.config : null;
    }
  }
};

/** What a tour step's open "predict" question hides: the path asked about, and the instances (by key) drawn masked. */
export interface PredictMask {
  readonly path: PathId;
  readonly keys: ReadonlySet<string>;
}

const masks = new WeakMap<Config, Map<string, PredictMask>>();

/**
 * The predict mask of the running tour step, until its question is answered: the asked path and
 * every path instance whose state differs from the previous step's scenario (the answer would
 * be on screen otherwise). Memoised per config and step, so it is a stable reference. Null while
 * the tour catalogue is not loaded: no tour runs then (the URL sync sets tour and catalogue together).
 */
export const selectPredictMask = (s: Store): PredictMask | null => {
  if (!s.tour || !s.tours) return null;
  const tour = tourById(s.tours, s.tour.id);
  const predict = tour?.steps[s.tour.step - 1]?.predict;
  if (!tour || !predict || s.predictions[`${s.tour.id}:${s.tour.step}`] !== undefined) return null;
  let byStep = masks.get(s.config);
  if (!byStep) masks.set(s.config, (byStep = new Map()));
  const at = `${tour.id}:${s.tour.step}`;
  let mask = byStep.get(at);
  if (!mask) {
    const previous = s.tour.step > 1 ? stepConfig(tour.steps[s.tour.step - 2]!) : null;
    mask = { path: predict.path, keys: changedInstances(previous, s.config, predict.path) };
    byStep.set(at, mask);
  }
  return mask;
};

/** Whether the path instance `key` is hidden by an open predict question. */
export const selectIsMasked =
  (key: string) =>
  (s: Store): boolean =>
    selectPredictMask(s)?.keys.has(key) ?? false;

export const selectAttacker = (s: Store) => s.attacker;

/**
 * What the picked attacker position can do with a path instance: `can` exploit it, `could` on an
 * untrusted network (`link` while the network is marked trusted), or `cannot`. Null, so nothing is
 * marked, when nobody is picked, while the exposure code loads, and on the instances a tour question
 * hides until answered (a mark would give it away). No pool: the control plane's own path.
 */
export type ExposureMark = 'can' | 'could' | 'cannot';
export const selectExposed =
  (id: PathId, pool?: number) =>
  (s: Store): ExposureMark | null => {
    if (s.attacker === null || s.exposureCode === null) return null;
    const mask = selectPredictMask(s);
    if (mask?.keys.has(instanceKey(id, pool === undefined ? undefined : s.config.pools[pool]?.name))) return null;
    if (!s.exposureCode(s.config, s.attacker, id, pool)) return 'cannot';
    return positionPresent(s.attacker, s.config.network.untrusted) ? 'can' : 'could';
  };

/** How a path instance changed from the compare baseline to now; null when not comparing. */
export const selectPathChange =
  (id: PathId, pool = 0) =>
  (s: Store): ChangeKind | null => {
    const baseline = selectCompareBaseline(s);
    if (!baseline) return null;
    const row = compareCached(baseline, s.config).paths.find(
      (p) => p.id === id && (p.pool === undefined || p.pool === s.config.pools[pool]?.name),
    );
    return row ? row.change : null;
  };
