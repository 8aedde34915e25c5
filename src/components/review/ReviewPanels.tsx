import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import { ExportMenu } from './ExportMenu';

// The panels (and the plan search and comparison code) load when first opened.
const PlanPanel = lazy(() => import('./PlanPanel').then((m) => ({ default: m.PlanPanel })));
const ComparePanel = lazy(() =>
  import('./ComparePanel').then((m) => ({ default: m.ComparePanel })),
);
import './review.css';

type Open = 'plan' | 'compare' | null;

/**
 * The review tools under the diagram. A panel is mounted only while open, so the plan search and
 * the comparison run only when someone looks at them.
 */
export function ReviewPanels() {
  const id = useId();
  const [open, setOpen] = useState<Open>(null);
  const panel = useRef<HTMLDivElement>(null);
  // An opened panel sits below the diagram: bring its top into view.
  useEffect(() => {
    if (open) panel.current?.scrollIntoView({ block: 'nearest' });
  }, [open]);
  const toggle = (which: Exclude<Open, null>) => setOpen(open === which ? null : which);
  return (
    <section className="review" aria-label="Review tools" data-testid="review">
      <div className="review-bar">
        <button
          type="button"
          className="toggle"
          aria-expanded={open === 'plan'}
          aria-controls={`${id}-panel`}
          onClick={() => toggle('plan')}
        >
          <span aria-hidden="true">✓ </span>Make it safe
        </button>
        <button
          type="button"
          className="toggle"
          aria-expanded={open === 'compare'}
          aria-controls={`${id}-panel`}
          onClick={() => toggle('compare')}
        >
          <span aria-hidden="true">⇄ </span>Compare
        </button>
        <ExportMenu />
      </div>
      {open && (
        <div
          ref={panel}
          id={`${id}-panel`}
          className="review-panel"
          role="region"
          aria-label={open === 'plan' ? 'Make it safe' : 'Compare'}
        >
          <Suspense fallback={<p className="muted">Loading…</p>}>
            {open === 'plan' ? <PlanPanel /> : <ComparePanel />}
          </Suspense>
        </div>
      )}
    </section>
  );
}
