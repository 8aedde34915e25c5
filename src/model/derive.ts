import { pathStates } from './rules';
import type { Config, PathId, PathState } from './types';

const cache = new WeakMap<Config, Readonly<Record<PathId, PathState>>>();

/**
 * Path states of a config, memoised by config identity: every path element can select its own
 * state from the store without re-running the rules.
 */
export function statesOf(config: Config): Readonly<Record<PathId, PathState>> {
  let s = cache.get(config);
  if (!s) {
    s = pathStates(config);
    cache.set(config, s);
  }
  return s;
}
