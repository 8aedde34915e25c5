import { getKey, isKubeletKey, type ConfigKey, type ConfigValue } from '../../model/config';
import { selectConfig, selectKubeletTarget } from '../../state/selectors';
import { useStore } from '../../state/useStore';
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
  const config = useStore(selectConfig);
  const target = useStore(selectKubeletTarget);
  const setConfigKey = useStore((s) => s.setConfigKey);
  const perPool = isKubeletKey(k) && config.pools.length > 1;
  const pool = perPool ? target : undefined;
  return {
    value: getKey(config, k, pool),
    scope: perPool ? (pool === undefined ? 'every pool' : `pool ${pool}`) : undefined,
    mixed:
      perPool && pool === undefined
        ? valueSpread(config, k as Parameters<typeof valueSpread>[1])
        : null,
    set: (value) => setConfigKey(k, value, pool),
  };
}
