import { useMemo } from 'react';
import { assess } from '../model/assess';
import { summaryLine } from '../model/report';
import { selectConfig } from '../state/selectors';
import { useStore } from '../state/store';
import { ControlsPanel } from './controls/ControlsPanel';
import { Graph } from './graph/Graph';
import { Legend } from './graph/Legend';
import { ImportPanel } from './import/ImportPanel';
import { Inspector } from './inspector/Inspector';
import { PathTable } from './table/PathTable';

/** The page: header with summary, controls, diagram with legend, inspector, table, import. */
export function App() {
  const config = useStore(selectConfig);
  const summary = useMemo(() => summaryLine(assess(config)), [config]);
  return (
    <div className="app">
      <header className="app-header">
        <h1>kube-paths</h1>
        <p className="summary" data-testid="summary">
          {summary}
        </p>
      </header>
      <aside className="app-controls" aria-label="Configuration">
        <ControlsPanel />
        <ImportPanel />
      </aside>
      <main className="app-main">
        <Graph />
        <Legend />
        <PathTable />
      </main>
      <aside className="app-inspector" aria-label="Inspector">
        <Inspector />
      </aside>
    </div>
  );
}
