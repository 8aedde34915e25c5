import { useMemo } from 'react';
import { assess } from '../../model/assess';
import { PATH_SPECS } from '../../model/paths';
import { STATE_GLYPHS } from '../../model/report';
import { selectConfig } from '../../state/selectors';
import { useStore } from '../../state/store';

/** All paths as a table (state, reasons), for screen readers and people who prefer tables. */
export function PathTable() {
  const config = useStore(selectConfig);
  const report = useMemo(() => assess(config), [config]);
  return (
    <table className="path-table">
      <caption>Paths and their security state</caption>
      <thead>
        <tr>
          <th scope="col">Path</th>
          <th scope="col">State</th>
          <th scope="col">Why</th>
        </tr>
      </thead>
      <tbody>
        {report.paths.map((p) => (
          <tr key={p.id} data-path={p.id} data-state={p.state}>
            <td>
              <code>{p.id}</code> {PATH_SPECS[p.id].label}
            </td>
            <td>
              {STATE_GLYPHS[p.state]} {p.state}
            </td>
            <td>{p.reasons.join('; ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
