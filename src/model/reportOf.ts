import { assess, type Report } from './assess';
import type { Config } from './types';

const cache = new WeakMap<Config, Report>();

/**
 * The full report of a config, memoised by config identity: the header, table and inspector all
 * read the same report, and each path's fixes (the slow part) are searched once, when first read.
 */
export function reportOf(config: Config): Report {
  let r = cache.get(config);
  if (!r) {
    r = assess(config);
    cache.set(config, r);
  }
  return r;
}
