import {
  CONFIG_KEYS,
  KEY_SPECS,
  getKey,
  sameValue,
  setKey,
  type ConfigKey,
  type ConfigValue,
} from './config';
import type { AuthorizationMode, Config } from './types';

/** One config change: the key, its new value, and the real flag or field. */
export interface Change {
  readonly key: ConfigKey;
  readonly value: ConfigValue;
  readonly flag: string;
}

/** Keys a fix or plan may change: everything but the facts about the cluster. */
export const FIXABLE_KEYS: readonly ConfigKey[] = CONFIG_KEYS.filter((k) => !KEY_SPECS[k].fact);

function authzCandidates(current: readonly AuthorizationMode[]): ConfigValue[] {
  const out: ConfigValue[] = [['Node', 'RBAC']];
  const withoutAllow = current.filter((m) => m !== 'AlwaysAllow');
  if (withoutAllow.length > 0) out.push(withoutAllow);
  return out;
}

/** The values worth trying for a key other than its current one. */
export function candidateValues(config: Config, key: ConfigKey): ConfigValue[] {
  const spec = KEY_SPECS[key];
  const current = getKey(config, key);
  let values: ConfigValue[];
  switch (spec.type.kind) {
    case 'bool':
      values = [!current];
      break;
    case 'enum':
      values = [...spec.type.choices];
      break;
    case 'int':
      values = [(current as number) > 0 ? 0 : 10255];
      break;
    case 'list':
      values = authzCandidates(current as readonly AuthorizationMode[]);
      break;
    case 'version':
      values = [];
      break;
  }
  const seen: ConfigValue[] = [];
  for (const v of values) {
    if (!sameValue(v, current) && !seen.some((s) => sameValue(s, v))) seen.push(v);
  }
  return seen;
}

/** Every single change worth trying, grouped by key (a set takes at most one per key). */
export function candidateChanges(config: Config): Change[][] {
  return FIXABLE_KEYS.map((key) =>
    candidateValues(config, key).map((value) => ({ key, value, flag: KEY_SPECS[key].flag })),
  ).filter((g) => g.length > 0);
}

/** Applies changes in order. */
export function applyChanges(config: Config, changes: readonly Change[]): Config {
  return changes.reduce((c, ch) => setKey(c, ch.key, ch.value), config);
}

/**
 * Visits every set of changes of exactly `size` (one value per key, keys in catalogue order).
 * `visit` returns true to stop early.
 */
export function forEachChangeSet(
  groups: readonly (readonly Change[])[],
  size: number,
  visit: (set: readonly Change[]) => boolean | void,
): boolean {
  const chosen: Change[] = [];
  const rec = (start: number): boolean => {
    if (chosen.length === size) return visit(chosen) === true;
    for (let g = start; g <= groups.length - (size - chosen.length); g++) {
      for (const ch of groups[g]!) {
        chosen.push(ch);
        const stop = rec(g + 1);
        chosen.pop();
        if (stop) return true;
      }
    }
    return false;
  };
  return rec(0);
}

/** True when `small` is a subset of `big` (same key and value). */
export function isSubset(small: readonly Change[], big: readonly Change[]): boolean {
  return small.every((s) => big.some((b) => b.key === s.key && sameValue(b.value, s.value)));
}

/**
 * Minimal change sets (no proper subset also qualifies) of up to `maxSize` changes for which
 * `goal` holds, smallest first.
 */
export function minimalChangeSets(
  config: Config,
  goal: (c: Config) => boolean,
  maxSize: number,
  limit = Infinity,
): Change[][] {
  const groups = candidateChanges(config);
  const found: Change[][] = [];
  for (let size = 1; size <= maxSize && found.length < limit; size++) {
    forEachChangeSet(groups, size, (set) => {
      if (found.some((f) => isSubset(f, set))) return false;
      if (goal(applyChanges(config, set))) found.push([...set]);
      return found.length >= limit;
    });
  }
  return found;
}
