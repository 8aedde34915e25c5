import {
  CONFIG_KEYS,
  KEY_SPECS,
  getKey,
  isKubeletKey,
  sameValue,
  setKey,
  type ConfigKey,
  type ConfigValue,
} from './config';
import type { AuthorizationMode, Config, PoolView } from './types';

/**
 * One config change: the key, its new value, the real flag or field, and for a kubelet key the
 * pool it is made on (absent: every pool, which is also how a one-pool scenario writes it).
 */
export interface Change {
  readonly key: ConfigKey;
  readonly value: ConfigValue;
  readonly flag: string;
  readonly pool?: string;
}

/** Keys a fix or plan may change: everything but the facts about the cluster. */
export const FIXABLE_KEYS: readonly ConfigKey[] = CONFIG_KEYS.filter((k) => !KEY_SPECS[k].fact);

function authzCandidates(current: readonly AuthorizationMode[]): ConfigValue[] {
  const out: ConfigValue[] = [['Node', 'RBAC']];
  const withoutAllow = current.filter((m) => m !== 'AlwaysAllow');
  if (withoutAllow.length > 0) out.push(withoutAllow);
  return out;
}

/** The values worth trying for a key other than its current one (in one pool's view). */
export function candidateValues(view: PoolView, key: ConfigKey): ConfigValue[] {
  const spec = KEY_SPECS[key];
  const current = getKey(view, key);
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

/**
 * Every single change worth trying in one pool's view, grouped by key (a set takes at most one
 * per key). Kubelet changes carry `pool` when given, so they apply to that pool only.
 */
export function candidateChanges(view: PoolView, pool?: string): Change[][] {
  return FIXABLE_KEYS.map((key) =>
    candidateValues(view, key).map((value): Change => {
      const ch = { key, value, flag: KEY_SPECS[key].flag };
      return pool !== undefined && isKubeletKey(key) ? { ...ch, pool } : ch;
    }),
  ).filter((g) => g.length > 0);
}

/** Applies changes in order to a scenario. */
export function applyChanges(config: Config, changes: readonly Change[]): Config {
  return changes.reduce((c, ch) => setKey(c, ch.key, ch.value, ch.pool), config);
}

/** Applies changes to one pool's view (a change's pool is that pool's by construction). */
export function applyToView(view: PoolView, changes: readonly Change[]): PoolView {
  let v = view;
  for (const ch of changes) {
    const [section, field] = ch.key.split('.') as [string, string];
    if (ch.key === 'version') v = { ...v, version: ch.value as string };
    else v = { ...v, [section]: { ...(v as unknown as Record<string, object>)[section], [field]: ch.value } };
  }
  return v;
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

/** True when two changes set the same key on the same pool to the same value. */
export const sameChange = (a: Change, b: Change): boolean =>
  a.key === b.key && a.pool === b.pool && sameValue(a.value, b.value);

/** True when `small` is a subset of `big`. */
export function isSubset(small: readonly Change[], big: readonly Change[]): boolean {
  return small.every((s) => big.some((b) => sameChange(s, b)));
}

/**
 * Minimal change sets (no proper subset also qualifies) of up to `maxSize` changes to one pool's
 * view for which `goal` holds, smallest first.
 */
export function minimalChangeSets(
  view: PoolView,
  goal: (v: PoolView) => boolean,
  maxSize: number,
  options: { readonly limit?: number; readonly pool?: string } = {},
): Change[][] {
  const limit = options.limit ?? Infinity;
  const groups = candidateChanges(view, options.pool);
  const found: Change[][] = [];
  for (let size = 1; size <= maxSize && found.length < limit; size++) {
    forEachChangeSet(groups, size, (set) => {
      if (found.some((f) => isSubset(f, set))) return false;
      if (goal(applyToView(view, set))) found.push([...set]);
      return found.length >= limit;
    });
  }
  return found;
}
