import { assess, type Report } from './assess';
import { memoByConfig } from './memo';
import type { Config } from './types';

/**
 * The full report of a config, memoised by config identity: the header, table and inspector all
 * read the same report, and each path's fixes (the slow part) are searched once, when first read.
 */
export const reportOf: (config: Config) => Report = memoByConfig((config) => assess(config));
