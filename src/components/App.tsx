import { selectPredictMask, selectSelection, selectTableView } from '../state/selectors';
import { lazy, Suspense, useRef, useState } from 'react';
import { useStore, useStoreApi } from '../state/useStore';
import { DiagramContext } from './graph/diagramRef';
import { Graph } from './graph/Graph';
import { Legend } from './graph/Legend';
import { Notices } from './Notices';
import { PanelBoundary } from './PanelBoundary';
import { CompareLegend } from './review/CompareLegend';
import { ReviewPanels } from './review/ReviewPanels';
import { Summary } from './Summary';
import { AttackerReport } from './attacker/AttackerReport';
import { Workshop } from './tour/Workshop';
import { ViewControls } from './ViewControls';
import { ControlsColumn, loadControls } from './ControlsColumn';
import { ControlsToggle, type ControlsState } from './ControlsToggle';
import { LazyPanel } from './LazyPanel';

// The configuration and the import panel load when their column first shows (ControlsColumn).
// The inspector loads with the first selection (it is folded away until then); the table, below
// the first screen, right after the first paint.
const Inspector = lazy(() =>
  import('./inspector/Inspector').then((m) => ({ default: m.Inspector })),
);
const PathTable = lazy(() => import('./table/PathTable').then((m) => ({ default: m.PathTable })));
// The tour player loads when a tour starts.
const TourPlayer = lazy(() => import('./tour/TourPlayer').then((m) => ({ default: m.TourPlayer })));

/**
 * The page: a one-row header; the configuration on the left (foldable); the summary, the diagram
 * and its legend filling the rest of the screen, the table and review panels below them; the
 * inspector beside or over the diagram while something is selected, folded away otherwise.
 */
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
  const selected = useStore(selectSelection) !== null;
  const tour = useStore((s) => s.tour !== null);
  const setTour = useStore((s) => s.setTour);
  const endTour = () => setTour(null);
  // Phones start with the configuration folded away (the diagram comes first): CSS decides `auto`.
  const [controls, setControls] = useState<ControlsState>('auto');
  // The diagram's <svg>, for the export menu (which sits beside it, not inside it).
  const diagram = useRef<SVGSVGElement>(null);
  return (
    <DiagramContext.Provider value={diagram}>
      <div
        className="app"
        data-table-view={tableView}
        data-presenter={presenter || undefined}
        data-predict={predict?.path}
        data-controls={controls}
        data-inspector={selected ? 'open' : 'closed'}
      >
        <header className="app-header">
          <div className="brand">
            <h1>kube-paths</h1>
            <p className="tagline">
              Control plane ↔ node paths, and which are safe over an untrusted network
            </p>
          </div>
          <PanelBoundary name="workshop">
            <Workshop />
          </PanelBoundary>
          <div className="header-end">
            <ControlsToggle state={controls} onChange={setControls} onPointedAt={() => void loadControls().catch(() => {})} />
            <ViewControls />
          </div>
          {tour ? (
            <PanelBoundary name="tour" onReset={endTour}>
              <Suspense fallback={null}>
                <TourPlayer />
              </Suspense>
            </PanelBoundary>
          ) : null}
        </header>
        <Notices />
        <aside
          id="app-controls"
          className="app-controls panel"
          aria-label="Configuration"
          tabIndex={0}
          hidden={controls === 'closed'}
        >
          <ControlsColumn state={controls} />
        </aside>
        <main className="app-main">
          <div className="app-screen">
            <div className="summary-strip">
              <PanelBoundary name="summary">
                <Summary />
              </PanelBoundary>
              <PanelBoundary name="attacker">
                <AttackerReport />
              </PanelBoundary>
            </div>
            {tableView ? null : (
              <div className="graph-area">
                <PanelBoundary name="diagram" onReset={resetGraph}>
                  <Graph />
                  <Legend />
                  <CompareLegend />
                </PanelBoundary>
              </div>
            )}
            <aside
              className="app-inspector panel"
              aria-label="Inspector"
              tabIndex={0}
              hidden={!selected}
            >
              <PanelBoundary name="inspector" onReset={resetSelection}>
                {selected ? (
                  <Suspense fallback={<p className="muted">Loading the inspector…</p>}>
                    <Inspector />
                  </Suspense>
                ) : null}
              </PanelBoundary>
            </aside>
          </div>
          {tableView ? null : review}
          <PanelBoundary name="table">
            <LazyPanel fallback={null}>
              <PathTable />
            </LazyPanel>
          </PanelBoundary>
          {tableView ? review : null}
        </main>
      </div>
    </DiagramContext.Provider>
  );
}
