import { selectSelection } from '../../state/selectors';
import { useStore } from '../../state/store';
import { ComponentInspector } from './ComponentInspector';
import { PathInspector } from './PathInspector';

/** Details of the selected path or component, or how to select one. */
export function Inspector() {
  const selection = useStore(selectSelection);
  const select = useStore((s) => s.select);
  return (
    <section className="inspector" aria-labelledby="inspector-title" data-testid="inspector">
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
      {selection === null ? (
        <div className="empty-state">
          <p>Nothing selected.</p>
          <p>
            Select a path in the diagram or in the table (click it, or Tab to it and press Enter) to see how it is
            protected, why, and how to fix it. Select a component to see its findings.
          </p>
        </div>
      ) : selection.kind === 'path' ? (
        <PathInspector id={selection.id} instance={selection.key} />
      ) : (
        <ComponentInspector id={selection.id} />
      )}
    </section>
  );
}
