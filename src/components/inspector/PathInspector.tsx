import { useMemo } from 'react';
import { reportOf } from '../../model/reportOf';
import { PATH_SPECS } from '../../model/paths';
import { pitfallsForPath } from '../../model/pitfalls';
import { pathProperties, type PathProperties } from '../../model/properties';
import { relatedFindings } from '../../model/related';
import { isSafe, type PathId } from '../../model/types';
import { instanceLabel, isPerPool } from '../../model/instances';
import { poolViews } from '../../model/pools';
import { poolOfKey } from '../../state/instanceKeys';
import { selectConfig, selectUntrusted } from '../../state/selectors';
import { useStore } from '../../state/useStore';
import { StateBadge } from '../StateBadge';
import { FixList } from './FixList';
import { PoolValues } from './PoolValues';
import { ExposureSection } from '../attacker/ExposureSection';
import { countOf } from '../../model/count';

const PROPERTY_LABELS: ReadonlyArray<readonly [keyof PathProperties, string]> = [
  ['transport', 'Transport'],
  ['encryption', 'Encryption'],
  ['serverVerified', 'Caller verifies the server'],
  ['clientAuthentication', 'Client authentication'],
  ['authorization', 'Authorization'],
];

/** A path's state, hop-by-hop properties, reasons, fixes, CIS ids and pitfalls. */
export function PathInspector({ id, instance }: { readonly id: PathId; readonly instance: string }) {
  const config = useStore(selectConfig);
  const untrusted = useStore(selectUntrusted);
  const pool = isPerPool(id) ? poolOfKey(config.pools, instance) : undefined;
  const ref = useMemo(() => (pool === undefined ? { id } : { id, pool }), [id, pool]);
  const view = poolViews(config)[pool ?? 0]!;
  const a = useMemo(
    () => reportOf(config).paths.find((p) => p.id === id && (p.poolIndex ?? 0) === (ref.pool ?? 0))!,
    [id, config, ref],
  );
  const props = useMemo(() => pathProperties(id, view), [id, view]);
  const findings = useMemo(() => relatedFindings(config, ref), [config, ref]);
  const pitfalls = useMemo(() => pitfallsForPath(id, view), [id, view]);
  const spec = PATH_SPECS[id];
  const poolInfo = pool === undefined ? undefined : config.pools[pool]!;
  const nodes = (n: number) => countOf(n, 'node');
  // Every node of a pool behaves alike: the instance is the pool's, not one node's.
  const at = !poolInfo
    ? null
    : config.pools.length > 1
      ? `on pool ${poolInfo.name} (${nodes(poolInfo.nodes)})`
      : `on each of the ${nodes(poolInfo.nodes)}`;
  const cis = [...new Set(findings.flatMap((f) => f.cis))];
  return (
    <article
      className="inspector-body"
      data-inspected-path={id}
      data-inspected-pool={poolInfo?.name}
      data-state={a.state}
    >
      <h3 className="inspector-heading">
        {spec.label}
        {at ? <span className="inspector-instance"> {at}</span> : null}
      </h3>
      <p className="inspector-id">
        <code>{instanceLabel(config, ref)}</code> · {spec.direction.replace(/-/g, ' ')}
      </p>
      <p className="inspector-state">
        <StateBadge state={a.state} />{' '}
        <span>
          {a.state === 'disabled'
            ? 'does not exist in this configuration'
            : isSafe(a.state)
              ? 'safe over an untrusted network'
              : a.state === 'broken'
                ? 'the connection fails'
                : untrusted
                  ? 'at risk now (the network is untrusted)'
                  : 'would be at risk on an untrusted network'}
        </span>
      </p>
      <p className="inspector-travels">Carries: {spec.travels}</p>

      <h4>Hop by hop</h4>
      <dl className="props">
        {PROPERTY_LABELS.map(([k, label]) => (
          <div key={k} className="prop" data-prop={k} data-value={props[k].value}>
            <dt>{label}</dt>
            <dd>
              <strong>{props[k].value}</strong> — {props[k].text}
            </dd>
          </div>
        ))}
      </dl>

      {pool === undefined ? null : <PoolValues config={config} pool={pool} />}

      <h4>Why</h4>
      {a.reasons.length ? (
        <ul className="reasons">
          {a.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      ) : (
        <p className="muted">The default rule for this path applies; nothing changes it.</p>
      )}

      <ExposureSection config={config} at={ref} state={a.state} exposures={a.exposures} />

      <h4>Fixes</h4>
      <FixList id={id} fixes={a.fixes} state={a.state} />

      <h4>CIS Benchmark</h4>
      {cis.length ? (
        <ul className="findings-compact">
          {findings.map((f) => (
            <li key={`${f.id}@${f.pool ?? ''}`}>
              <span className="cis">CIS {f.cis.join(', ') || '—'}</span> <code>{f.id}</code> ({f.severity})
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No related CIS finding holds.</p>
      )}

      {pitfalls.length ? (
        <>
          <h4>Pitfalls</h4>
          <ul className="pitfalls">
            {pitfalls.map((p) => (
              <li key={p.id} data-pitfall={p.id}>
                {p.text}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </article>
  );
}
