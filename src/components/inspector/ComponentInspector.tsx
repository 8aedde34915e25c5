import { useMemo } from 'react';
import { findingsFor } from '../../model/findings';
import { pitfallsForComponent } from '../../model/pitfalls';
import { buildTopology, poolOfKey } from '../../model/topology';
import { poolViews } from '../../model/pools';
import { selectConfig, selectPoolSizes } from '../../state/selectors';
import { useStore } from '../../state/useStore';

const SEVERITY_GLYPH = { critical: '‼', high: '!', medium: '•', low: '·' } as const;

/** A component's findings (severity, CIS ids, message) and the pitfalls that apply to it. */
export function ComponentInspector({ id }: { readonly id: string }) {
  const config = useStore(selectConfig);
  const pools = useStore(selectPoolSizes);
  const pods = useStore((s) => s.podsPerNode);
  const topology = useMemo(() => buildTopology(pools, pods), [pools, pods]);
  // The pool card itself (`node@POOL`) stands for the pool's nodes: its kubelets' findings.
  const component = useMemo(
    () => topology.components.find((c) => c.id === (id.startsWith('node@') ? id.replace('node@', 'kubelet@') : id)),
    [id, topology],
  );
  // A node's component shows its own pool's kubelet findings; control-plane ones are cluster-wide.
  const pool = component?.pool ?? (id.startsWith('node@') ? poolOfKey(pools, id) : undefined);
  const findings = useMemo(
    () =>
      component
        ? findingsFor(config).filter(
            (f) => f.component === component.kind && (f.pool === undefined || pool === undefined || f.pool === config.pools[pool]?.name),
          )
        : [],
    [config, component, pool],
  );
  const pitfalls = useMemo(
    () => (component ? pitfallsForComponent(component.kind, poolViews(config)[pool ?? 0]!) : []),
    [config, component, pool],
  );
  if (!component) {
    return <p className="muted">The selected component ({id}) is not in this topology.</p>;
  }
  return (
    <article className="inspector-body" data-inspected-component={id}>
      <h3 className="inspector-heading">
        {id.startsWith('node@') ? `${pools[pool ?? 0]?.nodes ?? 0} nodes` : component.label}
        {pool !== undefined ? <span className="inspector-instance"> on pool {pools[pool]!.name}</span> : null}
      </h3>
      <p className="inspector-id">
        <code>{id}</code> · {component.kind}
      </p>
      <h4>Findings</h4>
      {findings.length ? (
        <ul className="findings">
          {findings.map((f) => (
            <li key={`${f.id}@${f.pool ?? ''}`} className="finding" data-severity={f.severity}>
              <span className="severity" data-severity={f.severity}>
                <span aria-hidden="true">{SEVERITY_GLYPH[f.severity]} </span>
                {f.severity}
              </span>{' '}
              <code>{f.id}</code> <span className="cis">CIS {f.cis.join(', ') || '—'}</span>
              <p>{f.message}</p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No findings for this component under this configuration.</p>
      )}
      {pitfalls.length ? (
        <>
          <h4>Pitfalls</h4>
          <ul className="pitfalls">
            {pitfalls.map((p) => (
              <li key={p.id}>{p.text}</li>
            ))}
          </ul>
        </>
      ) : null}
    </article>
  );
}
