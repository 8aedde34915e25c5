import { TOURS, type Tour } from '../../model/tours';

/** The list of shipped tours; each starts at its first step. */
export function TourPicker({ id, onPick, onClose }: { readonly id: string; onPick(tour: Tour): void; onClose(): void }) {
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
