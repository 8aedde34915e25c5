import { lazy, Suspense, useId, useRef, useState } from 'react';
import { EmbedSnippet } from '../../embed/EmbedSnippet';
import { AttackerPicker } from '../attacker/AttackerPicker';

// The tour list (with every tour's narration) loads when the picker opens.
const TourPicker = lazy(() => import('./TourPicker').then((m) => ({ default: m.TourPicker })));
import './tour.css';

/** The header's workshop and sharing buttons: the tour picker, the embed snippet and the attacker picker, as popovers. */
export function Workshop() {
  const [open, setOpen] = useState(false);
  const pickerId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  return (
    <div className="workshop-bar" data-testid="workshop">
      <div className="workshop-item">
        <button
          ref={button}
          type="button"
          className="toggle"
          aria-expanded={open}
          aria-controls={open ? pickerId : undefined}
          onClick={() => setOpen(!open)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') setOpen(false);
          }}
        >
          <span aria-hidden="true">▶ </span><span className="label-long">Workshop </span>tours
        </button>
        {open ? (
          <Suspense fallback={null}>
            <TourPicker id={pickerId} onPicked={() => setOpen(false)} onClose={close} />
          </Suspense>
        ) : null}
      </div>
      <EmbedSnippet />
      <AttackerPicker />
    </div>
  );
}
