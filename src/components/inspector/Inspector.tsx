import { lazy, Suspense, useEffect, useRef } from 'react';
import { PATH_SPECS } from '../../model/paths';
import { statesOf } from '../../model/derive';
import type { PoolSize } from '../../model/pools';
import { selectedPoolOf } from '../../state/instanceKeys';
import { selectConfig, selectPredictMask, selectSelection } from '../../state/selectors';
import type { Selection } from '../../state/store';
import { useStore } from '../../state/useStore';

// The details (fixes, properties, pitfalls, findings) load with the first selection, not the page.
const PathInspector = lazy(() => import('./PathInspector').then((m) => ({ default: m.PathInspector })));
const ComponentInspector = lazy(() =>
  import('./ComponentInspector').then((m) => ({ default: m.ComponentInspector })),
);

function announce(selection: Selection, states: ReturnType<typeof statesOf>, pools: readonly PoolSize[]): string {
  if (!selection) return '';
  if (selection.kind === 'component') return `Inspector shows component ${selection.id}.`;
  const pool = selectedPoolOf(pools, selection);
  const where = pool !== undefined && pools.length > 1 ? ` on pool ${pools[pool]!.name}` : '';
  return `Inspector shows ${PATH_SPECS[selection.id].label}${where}: ${states[pool ?? 0]?.[selection.id] ?? 'disabled'}.`;
}

/** Details of the selected path or component, or how to select one. */
export function Inspector() {
  const selection = useStore(selectSelection);
  const config = useStore(selectConfig);
  const select = useStore((s) => s.select);
  // An open predict question: the details (state, reasons, findings) would give the answer away.
  const masked = useStore(selectPredictMask) !== null;
  const ref = useRef<HTMLElement>(null);
  // A new selection starts at the top of the panel, not wherever the last one was scrolled to.
  useEffect(() => {
    ref.current?.closest('.panel')?.scrollTo?.({ top: 0 });
  }, [selection]);
  return (
    <section ref={ref} className="inspector" aria-labelledby="inspector-title" data-testid="inspector">
      <div className="panel-title-row">
        <h2 id="inspector-title" className="panel-title">
          Inspector
        </h2>
        {selection ? (
          <button type="button" className="button-small" onClick={() => select(null)}>
            Clear selection
          </button>
        ) : null}
      </div>
      <p className="visually-hidden" aria-live="polite">
        {masked ? '' : announce(selection, statesOf(config), config.pools)}
      </p>
      {masked && selection !== null ? (
        <p className="empty-state" data-testid="inspector-masked">
          The details are hidden until the tour question is answered: they would give the answer away.
        </p>
      ) : selection === null ? (
        <div className="empty-state">
          <p>Nothing selected.</p>
          <p>
            Select a path in the diagram or in the table (click it, or Tab to it and press Enter) to see how it is
            protected, why, and how to fix it. Select a component to see its findings.
          </p>
        </div>
      ) : (
        <Suspense fallback={<p className="empty-state">Loading details…</p>}>
          {selection.kind === 'path' ? (
            <PathInspector id={selection.id} instance={selection.key} />
          ) : (
            <ComponentInspector id={selection.id} />
          )}
        </Suspense>
      )}
    </section>
  );
}
