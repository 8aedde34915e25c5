import { formatValue } from './config';
import { computeFacts, pathState, pathStates } from './rules';
import { applyChanges, minimalChangeSets, type Change } from './search';
import { sideEffectNotes } from './sideEffects';
import { isSafe, PATH_IDS, type Config, type PathId, type PathState } from './types';

/** A set of changes that would change a path's state, with what else it does. */
export interface Fix {
  readonly changes: readonly Change[];
  /** The path's state after the change. */
  readonly state: PathState;
  readonly sideEffects: readonly string[];
  readonly summary: string;
}

/** Largest change set tried for a per-path fix. */
export const MAX_FIX_SIZE = 3;

const good = (s: PathState): boolean => isSafe(s) || s === 'disabled';

/** Paths that get worse (safe → unsafe, working → broken) going from `before` to `after`. */
export function regressions(before: Config, after: Config): string[] {
  const a = pathStates(before);
  const b = pathStates(after);
  const out: string[] = [];
  for (const id of PATH_IDS) {
    const was = a[id];
    const now = b[id];
    if (was === now) continue;
    if (now === 'broken' || (isSafe(was) && !isSafe(now) && now !== 'disabled')) {
      out.push(`${id} becomes ${now} (was ${was})`);
    }
  }
  return out;
}

/** Human text for a change list. */
export function describeChanges(changes: readonly Change[]): string {
  return changes.map((c) => `${c.key}=${formatValue(c.value)} (${c.flag})`).join(' + ');
}

function toFix(config: Config, id: PathId, changes: readonly Change[]): Fix {
  const after = applyChanges(config, changes);
  const state = pathState(id, computeFacts(after));
  const notes = sideEffectNotes(config, changes).flat();
  return {
    changes,
    state,
    sideEffects: [...notes, ...regressions(config, after)],
    summary: `${describeChanges(changes)} → ${state}`,
  };
}

/**
 * Fixes for one path: the minimal change sets that make it safe (or remove it), and, when it is
 * broken, the single changes that make it work again. Safe paths need none.
 */
export function fixesFor(id: PathId, config: Config): Fix[] {
  const state = pathState(id, computeFacts(config));
  if (good(state)) return [];
  const stateAfter = (c: Config) => pathState(id, computeFacts(c));
  const sets = minimalChangeSets(config, (c) => good(stateAfter(c)), MAX_FIX_SIZE);
  if (state === 'broken') {
    for (const set of minimalChangeSets(config, (c) => stateAfter(c) !== 'broken', 1)) {
      if (!sets.some((s) => s.length === 1 && s[0]!.key === set[0]!.key && s[0]!.value === set[0]!.value)) {
        sets.push(set);
      }
    }
  }
  return sets
    .map((set) => toFix(config, id, set))
    .sort(
      (a, b) =>
        Number(!good(a.state)) - Number(!good(b.state)) ||
        a.changes.length - b.changes.length ||
        a.sideEffects.length - b.sideEffects.length,
    );
}
