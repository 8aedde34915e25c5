import { useId, useState } from 'react';
import { ComparePanel } from './ComparePanel';
import { PlanPanel } from './PlanPanel';
import './review.css';

type Open = 'plan' | 'compare' | null;

/**
 * The review tools under the diagram. A panel is mounted only while open, so the plan search and
 * the comparison run only when someone looks at them.
 */
export function ReviewPanels() {
  const id = useId();
  const [open, setOpen] = useState<Open>(null);
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
      </div>
      {open && (
        <div id={`${id}-panel`} className="review-panel" role="region" aria-label={open === 'plan' ? 'Make it safe' : 'Compare'}>
          {open === 'plan' ? <PlanPanel /> : <ComparePanel />}
        </div>
      )}
    </section>
  );
}
