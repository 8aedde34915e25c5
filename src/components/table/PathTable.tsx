import { memo, useDeferredValue } from 'react';
import type { Config } from '../../model/types';
import type { PredictMask } from '../../state/selectors';
import type { Selection } from '../../state/store';
import { overviewOf } from '../../model/overview';
import { PATH_SPECS } from '../../model/paths';
import { instanceKey } from '../../model/topology';
import { selectConfig, selectPredictMask, selectSelection } from '../../state/selectors';
import { useStore } from '../../state/useStore';
import { MaskedBadge, StateBadge } from '../StateBadge';

const DIRECTION_TEXT = {
  'node-to-control-plane': 'node → control plane',
  'control-plane-to-node': 'control plane → node',
  'inside-control-plane': 'inside control plane',
  'into-node': 'into node',
} as const;

/** All paths as a table (state, reasons), for screen readers and people who prefer tables. */
export function PathTable() {
  // Below the diagram: a toggle paints the diagram first, the table (a row per path kind and
  // pool) in the render after it, which React can interrupt.
  const config = useDeferredValue(useStore(selectConfig));
  const selection = useStore(selectSelection);
  const select = useStore((s) => s.select);
  // An open predict question hides its instances' states, safety and reasons.
  const mask = useDeferredValue(useStore(selectPredictMask));
  return <TableView config={config} mask={mask} selection={selection} select={select} />;
}

interface ViewProps {
  readonly config: Config;
  readonly mask: PredictMask | null;
  readonly selection: Selection;
  select(selection: Selection): void;
}

/** The table itself: memoised, so the urgent render of a toggle (deferred values unchanged) skips it. */
const TableView = memo(function TableView({ config, mask, selection, select }: ViewProps) {
  const report = overviewOf(config);
  const hidden = (p: (typeof report.paths)[number]) => mask?.keys.has(instanceKey(p.id, p.pool)) ?? false;
  const selectedId = selection?.kind === 'path' ? selection.id : null;
  return (
    <section className="table-wrap" data-testid="path-table" aria-labelledby="path-table-caption" tabIndex={0}>
      <table className="path-table">
        <caption id="path-table-caption">
          All {report.paths.length} path kinds and their security state (per-node paths are the same on every node)
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
          {report.paths.map((p) => (
            <tr key={`${p.id}@${p.pool ?? ""}`} data-path={p.id} data-state={hidden(p) ? 'masked' : p.state} className={p.id === selectedId ? 'is-selected' : undefined}>
              <th scope="row">
                <button
                  type="button"
                  className="link-button"
                  aria-pressed={p.id === selectedId}
                  onClick={() => select(p.id === selectedId ? null : { kind: 'path', id: p.id, key: instanceKey(p.id, p.pool ?? config.pools[0]!.name) })}
                >
                  {PATH_SPECS[p.id].label}
                </button>
                <code className="path-id">{p.id}</code>
              </th>
              <td>{DIRECTION_TEXT[p.direction]}</td>
              <td>{hidden(p) ? <MaskedBadge /> : <StateBadge state={p.state} />}</td>
              <td>{hidden(p) ? '?' : p.state === 'disabled' ? '—' : p.safe ? 'yes' : 'no'}</td>
              <td className="reasons-cell">
                {hidden(p) ? (
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
          ))}
        </tbody>
      </table>
    </section>
  );
});
