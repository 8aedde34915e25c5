import { useMemo } from 'react';
import { assess } from '../model/assess';
import { PATH_SPECS } from '../model/paths';
import { STATE_GLYPHS, summaryLine } from '../model/report';
import { selectConfig, useStore } from '../state/store';

/** Placeholder page: the paths of the current scenario with their states. */
export function App() {
  const config = useStore(selectConfig);
  const report = useMemo(() => assess(config), [config]);
  return (
    <main>
      <h1>kube-paths</h1>
      <p>{summaryLine(report)}</p>
      <table>
        <caption>Paths of the kubeadm scenario</caption>
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
    </main>
  );
}
