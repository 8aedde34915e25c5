import type { Tour } from '../../model/tour';
import { TOURS } from '../../model/tours';
import { useStoreApi } from '../../state/useStore';
import { applyTourStep } from './applyStep';

/**
 * The list of shipped tours; each starts at its first step. It loads with the catalogue (its
 * chunk), and hands the catalogue to the store with the first step.
 */
export function TourPicker({ id, onPicked, onClose }: { readonly id: string; onPicked(): void; onClose(): void }) {
  const api = useStoreApi();
  const pick = (t: Tour) => {
    // Closing the picker removes the focused button; the player then focuses the step's title.
    onPicked();
    applyTourStep(api, TOURS, t, 1);
  };
  return (
    <nav
      id={id}
      className="tour-picker workshop-popover"
      aria-label="Workshop tours"
      data-testid="tour-picker"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <ul>
        {TOURS.map((t) => (
          <li key={t.id}>
            <button type="button" className="tour-pick" data-tour={t.id} onClick={() => pick(t)}>
              <span className="tour-pick-title">{t.title}</span>
              <span className="tour-pick-summary">
                {t.steps.length} steps · {t.summary}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
