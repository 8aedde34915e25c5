import { formatValue, KEY_SPECS, KUBELET_FIELDS, sameValue } from '../../model/config';
import type { Config } from '../../model/types';
import { countOf } from '../../model/count';

/**
 * The kubelet settings of the pool a path instance runs on (every node of a pool has the same),
 * each with its real field, and, with several pools, the pools that differ from it.
 */
export function PoolValues({ config, pool }: { readonly config: Config; readonly pool: number }) {
  const p = config.pools[pool]!;
  const several = config.pools.length > 1;
  return (
    <details className="pool-values" data-testid="pool-values" data-pool={p.name} open={several}>
      <summary>
        {several ? (
          <>
            Kubelet settings of pool <strong>{p.name}</strong> ({countOf(p.nodes, 'node')})
          </>
        ) : (
          'Kubelet settings (every node)'
        )}
      </summary>
      <dl className="props">
        {KUBELET_FIELDS.map((field) => {
          const key = `kubelet.${field}` as const;
          const value = p.kubelet[field];
          const others = config.pools.filter(
            (o, i) => i !== pool && !sameValue(o.kubelet[field], value),
          );
          return (
            <div key={field} className="prop" data-key={key} data-value={formatValue(value)}>
              <dt>
                <code>{KEY_SPECS[key].flag}</code>
              </dt>
              <dd>
                <strong>{formatValue(value)}</strong>
                {others.length > 0 ? (
                  <span className="pool-differs">
                    {' '}
                    <span aria-hidden="true">≠ </span>
                    {others
                      .map((o) => `pool ${o.name}: ${formatValue(o.kubelet[field])}`)
                      .join('; ')}
                  </span>
                ) : null}
              </dd>
            </div>
          );
        })}
      </dl>
    </details>
  );
}
