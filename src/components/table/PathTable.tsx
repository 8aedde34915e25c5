import { memo, useDeferredValue } from 'react';
import { overviewOf } from '../../model/overview';
import { PATH_SPECS } from '../../model/paths';
import type { Config } from '../../model/types';
import { instanceKey } from '../../state/instanceKeys';
import {
  selectConfig,
  selectPredictMask,
  selectSelectedPool,
  selectSelection,
  type PredictMask,
} from '../../state/selectors';
import type { Selection } from '../../state/store';
import { useStore } from '../../state/useStore';
import { MaskedBadge, StateBadge } from '../StateBadge';
import { countOf } from '../../model/count';

const DIRECTION_TEXT = {
  'node-to-control-plane': 'node → control plane',
  'control-plane-to-node': 'control plane → node',
  'inside-control-plane': 'inside control plane',
  'into-node': 'into node',
} as const;

const nodes = (n: number) => countOf(n, 'node');

/**
 * All paths as a table (state, reasons), for screen readers and people who prefer tables: one row
 * per path kind and pool (the row header names the pool), so "pool legacy: logs/exec broken" reads
 * straight off it.
 */
export function PathTable() {
  // Below the diagram: a toggle paints the diagram first, the table (a row per path kind and
  // pool) in the render after it, which React can interrupt.
  const config = useDeferredValue(useStore(selectConfig));
  const selection = useStore(selectSelection);
  const selectedPool = useStore(selectSelectedPool);
  const select = useStore((s) => s.select);
  // An open predict question hides its instances' states, safety and reasons.
  const mask = useDeferredValue(useStore(selectPredictMask));
  return (
    <TableView
      config={config}
      mask={mask}
      selection={selection}
      selectedPool={selectedPool}
      select={select}
    />
  );
}

interface ViewProps {
  readonly config: Config;
  readonly mask: PredictMask | null;
  readonly selection: Selection;
  readonly selectedPool: number | undefined;
  select(selection: Selection): void;
}

/** The table itself: memoised, so the urgent render of a toggle (deferred values unchanged) skips it. */
const TableView = memo(function TableView({
  config,
  mask,
  selection,
  selectedPool,
  select,
}: ViewProps) {
  const report = overviewOf(config);
  const selectedId = selection?.kind === 'path' ? selection.id : null;
  const pooled = config.pools.length > 1;
  const kinds = new Set(report.paths.map((p) => p.id)).size;
  return (
    <section
      className="table-wrap"
      data-testid="path-table"
      aria-labelledby="path-table-caption"
      tabIndex={0}
    >
      <table className="path-table">
        <caption id="path-table-caption">
          {pooled
            ? `All ${kinds} path kinds on ${config.pools.length} pools and their security state: a row per path kind and pool (${report.paths.length} rows; the nodes of a pool are alike)`
            : `All ${kinds} path kinds and their security state (per-node paths are the same on every node)`}
        </caption>
        <thead>
          <tr>
            <th scope="col">Path</th>
            <th scope="col">Direction</th>
            <th scope="col">State</th>
            <th scope="col">Safe over an untrusted network</th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          {report.paths.map((p) => {
            const selected = p.id === selectedId && p.poolIndex === selectedPool;
            const ref = p.poolIndex === undefined ? { id: p.id } : { id: p.id, pool: p.poolIndex };
            const hidden = mask?.keys.has(instanceKey(config.pools, ref)) ?? false;
            return (
              <tr
                key={`${p.id}@${p.pool ?? ''}`}
                data-path={p.id}
                data-pool={p.pool}
                data-state={hidden ? 'masked' : p.state}
                className={selected ? 'is-selected' : undefined}
              >
                <th scope="row">
                  <button
                    type="button"
                    className="link-button"
                    aria-pressed={selected}
                    onClick={() =>
                      select(
                        selected
                          ? null
                          : { kind: 'path', id: p.id, key: instanceKey(config.pools, ref) },
                      )
                    }
                  >
                    {PATH_SPECS[p.id].label}
                    {pooled && p.pool !== undefined ? (
                      <span className="visually-hidden"> on pool {p.pool}</span>
                    ) : null}
                  </button>
                  <code className="path-id">{p.id}</code>
                  {pooled && p.pool !== undefined ? (
                    <span className="path-pool">
                      pool <strong>{p.pool}</strong> · {nodes(p.nodes ?? 0)}
                    </span>
                  ) : pooled ? (
                    <span className="path-pool">control plane (one for the cluster)</span>
                  ) : null}
                </th>
                <td>{DIRECTION_TEXT[p.direction]}</td>
                <td>{hidden ? <MaskedBadge /> : <StateBadge state={p.state} />}</td>
                <td>{hidden ? '?' : p.state === 'disabled' ? '—' : p.safe ? 'yes' : 'no'}</td>
                <td className="reasons-cell">
                  {hidden ? (
                    'hidden until the question is answered'
                  ) : p.reasons.length > 1 ? (
                    <ul className="reasons-list">
                      {p.reasons.map((r) => (
                        <li key={r}>{r}</li>
                      ))}
                    </ul>
                  ) : (
                    (p.reasons[0] ?? '—')
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
});
