import type { Config } from './types';

/**
 * `derive` memoised by config identity: configs are immutable (an edit makes a new object), so
 * one result per config object is exact, and a WeakMap lets results go with their configs.
 */
export function memoByConfig<T>(derive: (config: Config) => T): (config: Config) => T {
  const cache = new WeakMap<Config, T>();
  return (config) => {
    if (cache.has(config)) return cache.get(config) as T;
    const value = derive(config);
    cache.set(config, value);
    return value;
  };
}
