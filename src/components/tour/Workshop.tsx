import { lazy, Suspense, useId, useRef, useState } from 'react';
import type { Tour } from '../../model/tours';
import { EmbedSnippet } from '../../embed/EmbedSnippet';
import { AttackerPicker } from '../attacker/AttackerPicker';

// The tour list (with every tour's narration) loads when the picker opens.
const TourPicker = lazy(() => import('./TourPicker').then((m) => ({ default: m.TourPicker })));
import { useStoreApi } from '../../state/useStore';
import { applyTourStep } from './applyStep';
import './tour.css';

/** The header's workshop and sharing buttons: the tour picker, the embed snippet and the attacker picker, as popovers. */
export function Workshop() {
  const api = useStoreApi();
  const [open, setOpen] = useState(false);
  const pickerId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const pick = (t: Tour) => {
    // Closing the picker removes the focused button; the player then focuses the step's title.
    setOpen(false);
    applyTourStep(api, t, 1);
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
            <TourPicker id={pickerId} onPick={pick} onClose={close} />
          </Suspense>
        ) : null}
      </div>
      <EmbedSnippet />
      <AttackerPicker />
    </div>
  );
}
