import { getKey, isKubeletKey, type ConfigKey, type ConfigValue } from '../../model/config';
import { useCallback } from 'react';
import { selectKubeletTarget } from '../../state/selectors';
import { useStore, useStoreShallow } from '../../state/useStore';
import { valueSpread } from './poolValues';

/** What a control of key `k` shows and where it writes: the edited pool, or every pool. */
export interface KeyTarget {
  /** The value shown: the edited pool's (every pool: the first pool's, see `mixed`). */
  readonly value: ConfigValue;
  /** "pool legacy" or "every pool", for a kubelet key in a scenario of several pools. */
  readonly scope: string | undefined;
  /** How the pools differ, when the control edits every pool and they do not agree. */
  readonly mixed: string | null;
  set(value: ConfigValue): void;
}

/** Binds a config key's control to the edited pool (kubelet keys with several pools) or the cluster. */
export function useKeyTarget(k: ConfigKey): KeyTarget {
  // Only this key's value, scope and spread: an edit of another key does not re-render the control.
  const { value, pool, scope, mixed } = useStoreShallow((s) => {
    const config = s.config;
    const perPool = isKubeletKey(k) && config.pools.length > 1;
    const pool = perPool ? selectKubeletTarget(s) : undefined;
    return {
      value: getKey(config, k, pool),
      pool,
      scope: perPool ? (pool === undefined ? 'every pool' : `pool ${pool}`) : undefined,
      mixed: perPool && pool === undefined ? valueSpread(config, k as Parameters<typeof valueSpread>[1]) : null,
    };
  });
  const setConfigKey = useStore((s) => s.setConfigKey);
  const set = useCallback((v: ConfigValue) => setConfigKey(k, v, pool), [setConfigKey, k, pool]);
  return { value, scope, mixed, set };
}
