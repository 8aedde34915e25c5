import { selectTableView } from '../state/selectors';
import { useStore } from '../state/store';
import { ControlsPanel } from './controls/ControlsPanel';
import { Graph } from './graph/Graph';
import { Legend } from './graph/Legend';
import { ImportPanel } from './import/ImportPanel';
import { Inspector } from './inspector/Inspector';
import { Notices } from './Notices';
import { PanelBoundary } from './PanelBoundary';
import { Summary } from './Summary';
import { TourPlayer } from './tour/TourPlayer';
import { Workshop } from './tour/Workshop';
import { PathTable } from './table/PathTable';
import { ViewControls } from './ViewControls';

/** The page: header with summary, controls, diagram with legend and table, inspector. */
export function App() {
  const tableView = useStore(selectTableView);
  const presenter = useStore((s) => s.presenter);
  const predict = useStore((s) => s.predictMask);
  const tour = useStore((s) => s.tour !== null);
  const setTour = useStore((s) => s.setTour);
  const endTour = () => setTour(null);
  return (
    <div className="app" data-table-view={tableView} data-presenter={presenter || undefined} data-predict={predict ?? undefined}>
      <header className="app-header">
        <div className="brand">
          <h1>kube-paths</h1>
          <p className="tagline">Control plane ↔ node paths, and which are safe over an untrusted network</p>
          <Workshop />
        </div>
        <Summary />
        <ViewControls />
        {tour ? (
          <PanelBoundary name="tour" onReset={endTour}>
            <TourPlayer />
          </PanelBoundary>
        ) : null}
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
          </div>
        )}
        <PathTable />
      </main>
      <aside className="app-inspector panel" aria-label="Inspector" tabIndex={0}>
        <Inspector />
      </aside>
    </div>
  );
}
