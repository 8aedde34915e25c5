import { selectPredictMask, selectTableView } from '../state/selectors';
import { lazy, Suspense, useRef } from 'react';
import { useStore, useStoreApi } from '../state/useStore';
import { ControlsPanel } from './controls/ControlsPanel';
import { DiagramContext } from './graph/diagramRef';
import { Graph } from './graph/Graph';
import { Legend } from './graph/Legend';
import { Inspector } from './inspector/Inspector';
import { Notices } from './Notices';
import { PanelBoundary } from './PanelBoundary';
import { CompareLegend } from './review/CompareLegend';
import { ReviewPanels } from './review/ReviewPanels';
import { Summary } from './Summary';
import { AttackerReport } from './attacker/AttackerReport';
import { Workshop } from './tour/Workshop';
import { PathTable } from './table/PathTable';
import { ViewControls } from './ViewControls';

// The import panel sits below the controls: it loads after the first paint.
const ImportPanel = lazy(() =>
  import('./import/ImportPanel').then((m) => ({ default: m.ImportPanel })),
);
// The tour player loads when a tour starts.
const TourPlayer = lazy(() => import('./tour/TourPlayer').then((m) => ({ default: m.TourPlayer })));

/** The page: header with summary, controls, diagram with legend and table, inspector. */
export function App() {
  const tableView = useStore(selectTableView);
  const store = useStoreApi();
  // What a panel's reset clears: the state most likely to have led it astray, never the scenario.
  const resetGraph = () => {
    store.getState().hover(null);
    store.getState().setTransform({ x: 0, y: 0, k: 1 });
  };
  const resetSelection = () => store.getState().select(null);
  // Below the diagram, or below the table in table-only view.
  const review = (
    <PanelBoundary name="review">
      <ReviewPanels />
    </PanelBoundary>
  );
  const presenter = useStore((s) => s.presenter);
  const predict = useStore(selectPredictMask);
  const tour = useStore((s) => s.tour !== null);
  const setTour = useStore((s) => s.setTour);
  const endTour = () => setTour(null);
  // The diagram's <svg>, for the export menu (which sits beside it, not inside it).
  const diagram = useRef<SVGSVGElement>(null);
  return (
    <DiagramContext.Provider value={diagram}>
      <div
        className="app"
        data-table-view={tableView}
        data-presenter={presenter || undefined}
        data-predict={predict ?? undefined}
      >
        <header className="app-header">
          <div className="brand">
            <h1>kube-paths</h1>
            <p className="tagline">
              Control plane ↔ node paths, and which are safe over an untrusted network
            </p>
            <PanelBoundary name="workshop">
              <Workshop />
            </PanelBoundary>
          </div>
          <PanelBoundary name="summary">
            <Summary />
            <ViewControls />
          </PanelBoundary>
          <PanelBoundary name="attacker">
            <AttackerReport />
          </PanelBoundary>
          {tour ? (
            <PanelBoundary name="tour" onReset={endTour}>
              <Suspense fallback={null}>
                <TourPlayer />
              </Suspense>
            </PanelBoundary>
          ) : null}
        </header>
        <Notices />
        <aside className="app-controls panel" aria-label="Configuration" tabIndex={0}>
          <PanelBoundary name="controls">
            <ControlsPanel />
          </PanelBoundary>
          <PanelBoundary name="import">
            <Suspense fallback={<p className="muted">Loading the import panel…</p>}>
              <ImportPanel />
            </Suspense>
          </PanelBoundary>
        </aside>
        <main className="app-main">
          {tableView ? null : (
            <div className="graph-area">
              <PanelBoundary name="diagram" onReset={resetGraph}>
                <Graph />
                <Legend />
                <CompareLegend />
              </PanelBoundary>
            </div>
          )}
          {tableView ? null : review}
          <PanelBoundary name="table">
            <PathTable />
          </PanelBoundary>
          {tableView ? review : null}
        </main>
        <aside className="app-inspector panel" aria-label="Inspector" tabIndex={0}>
          <PanelBoundary name="inspector" onReset={resetSelection}>
            <Inspector />
          </PanelBoundary>
        </aside>
      </div>
    </DiagramContext.Provider>
  );
}
