import { TOURS, type Tour } from '../../model/tours';

/** The list of shipped tours; each starts at its first step. */
export function TourPicker({ id, onPick }: { readonly id: string; onPick(tour: Tour): void }) {
  return (
    <nav id={id} className="tour-picker" aria-label="Workshop tours" data-testid="tour-picker">
      <ul>
        {TOURS.map((t) => (
          <li key={t.id}>
            <button type="button" className="tour-pick" data-tour={t.id} onClick={() => onPick(t)}>
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
