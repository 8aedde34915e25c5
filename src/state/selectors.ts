import { classifyChange, type ChangeKind } from '../model/compare';
import { statesOf } from '../model/derive';
import { matchingPreset } from '../model/presetMatch';
import type { PresetName } from '../model/presets';
import { routeOf, type Route } from '../model/route';
import type { Config, PathId, PathState } from '../model/types';
import type { Store } from './store';

/** Named selectors: each returns a primitive or a stable reference. */
export const selectConfig = (s: Store): Config => s.config;
/** The preset the config equals, or null: derived, so an edit that lands on a preset is named. */
export const selectPreset = (s: Store): PresetName | null => matchingPreset(s.config);
export const selectNodes = (s: Store): number => s.nodes;
export const selectPodsPerNode = (s: Store): number => s.podsPerNode;
export const selectSelection = (s: Store) => s.selection;
export const selectHovered = (s: Store) => s.hovered;
export const selectTransform = (s: Store) => s.transform;
export const selectTheme = (s: Store) => s.theme;
export const selectHighContrast = (s: Store) => s.highContrast;
export const selectTableView = (s: Store) => s.tableView;
export const selectNotices = (s: Store) => s.notices;
export const selectUntrusted = (s: Store): boolean => s.config.network.untrusted;

/** A selector for one path kind's state: path elements subscribe to just their own state. */
export const selectPathState =
  (id: PathId) =>
  (s: Store): PathState =>
    statesOf(s.config)[id];

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

/** True when the last replacement (preset, import, plan, fix, tour step) can be undone. */
export const selectCanUndo = (s: Store): boolean => s.previous !== null;

/** True when the last replacement was an import, so "Undo import" undoes exactly that. */
export const selectCanUndoImport = (s: Store): boolean => s.previous?.cause === 'import';

/** The compare baseline (a config) or null when not comparing. */
export const selectCompareBaseline = (s: Store): Config | null => s.compareBaseline;

/** How a path kind changed from the compare baseline to now; null when not comparing. */
export const selectPathChange =
  (id: PathId) =>
  (s: Store): ChangeKind | null =>
    s.compareBaseline ? classifyChange(statesOf(s.compareBaseline)[id], statesOf(s.config)[id]) : null;
