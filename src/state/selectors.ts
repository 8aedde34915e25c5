import { compareCached, type ChangeKind } from '../model/compare';
import { totalNodes, type PoolSize } from '../model/pools';
import { statesOf } from '../model/derive';
import { routeOf, type Route } from '../model/route';
import type { Config, PathId, PathState } from '../model/types';
import type { Store } from './store';

/** Named selectors: each returns a primitive or a stable reference. */
export const selectConfig = (s: Store): Config => s.config;
export const selectPreset = (s: Store) => s.preset;
/** The pools' names and node counts (a stable reference while the config is unchanged). */
export const selectPoolSizes = (s: Store): readonly PoolSize[] => s.config.pools;

/** Nodes in all pools. */
export const selectNodes = (s: Store): number => totalNodes(s.config);
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

/** A selector for one path kind's route (direct, Konnectivity or SSH), derived from the config. */
export const selectPathRoute =
  (id: PathId) =>
  (s: Store): Route =>
    routeOf(id, s.config);

/** A selector saying whether the path instance `key` is the selection. */
export const selectIsPathSelected =
  (key: string) =>
  (s: Store): boolean =>
    s.selection?.kind === 'path' && s.selection.key === key;

/** Konnectivity is configured (its server and agents are drawn faded otherwise). */
export const selectKonnectivityEnabled = (s: Store): boolean => s.config.konnectivity.enabled;

/** True when the last replaceConfig (import, plan, preset) can be undone. */
export const selectCanUndo = (s: Store): boolean => s.previous !== null;

/** The compare baseline (a config) or null when not comparing. */
export const selectCompareBaseline = (s: Store): Config | null => s.compareBaseline;

/** How a path instance changed from the compare baseline to now; null when not comparing. */
export const selectPathChange =
  (id: PathId, pool = 0) =>
  (s: Store): ChangeKind | null => {
    if (!s.compareBaseline) return null;
    const row = compareCached(s.compareBaseline, s.config).paths.find(
      (p) => p.id === id && (p.pool === undefined || p.pool === s.config.pools[pool]?.name),
    );
    return row ? row.change : null;
  };
