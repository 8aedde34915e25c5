import { selectTableView } from '../state/selectors';
import { useStore } from '../state/store';
import { ControlsPanel } from './controls/ControlsPanel';
import { Graph } from './graph/Graph';
import { Legend } from './graph/Legend';
import { ImportPanel } from './import/ImportPanel';
import { Inspector } from './inspector/Inspector';
import { Notices } from './Notices';
import { CompareLegend } from './review/CompareLegend';
import { ReviewPanels } from './review/ReviewPanels';
import { Summary } from './Summary';
import { PathTable } from './table/PathTable';
import { ViewControls } from './ViewControls';

/** The page: header with summary, controls, diagram with legend and table, inspector. */
export function App() {
  const tableView = useStore(selectTableView);
  return (
    <div className="app" data-table-view={tableView}>
      <header className="app-header">
        <div className="brand">
          <h1>kube-paths</h1>
          <p className="tagline">Control plane ↔ node paths, and which are safe over an untrusted network</p>
        </div>
        <Summary />
        <ViewControls />
      </header>
      <Notices />
      <aside className="app-controls panel" aria-label="Configuration" tabIndex={0}>
        <ControlsPanel />
        <ImportPanel />
      </aside>
      <main className="app-main">
        {tableView ? null : (
          <div className="graph-area">
            <Graph />
            <Legend />
            <CompareLegend />
          </div>
        )}
        {tableView ? null : <ReviewPanels />}
        <PathTable />
        {tableView ? <ReviewPanels /> : null}
      </main>
      <aside className="app-inspector panel" aria-label="Inspector" tabIndex={0}>
        <Inspector />
      </aside>
    </div>
  );
}
