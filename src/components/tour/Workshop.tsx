import { useId, useState } from 'react';
import type { Tour } from '../../model/tours';
import { EmbedSnippet } from '../../embed/EmbedSnippet';
import { useStore, useStoreApi } from '../../state/store';
import { applyTourStep } from './applyStep';
import { TourPicker } from './TourPicker';
import { TourPlayer } from './TourPlayer';
import './tour.css';

/** Workshop and sharing bar: guided tours (picker and player) and the embed snippet. */
export function Workshop() {
  const api = useStoreApi();
  const running = useStore((s) => s.tour !== null);
  const [open, setOpen] = useState(false);
  const [started, setStarted] = useState(0);
  const pickerId = useId();
  const pick = (t: Tour) => {
    applyTourStep(api, t, 1);
    setOpen(false);
    setStarted((x) => x + 1);
  };
  return (
    <div className="workshop" data-testid="workshop">
      <div className="workshop-bar">
        <button
          type="button"
          className="toggle"
          aria-expanded={open}
          aria-controls={open ? pickerId : undefined}
          onClick={() => setOpen(!open)}
        >
          <span aria-hidden="true">▶ </span>Workshop tours
        </button>
        <EmbedSnippet />
      </div>
      {open ? <TourPicker id={pickerId} onPick={pick} /> : null}
      {running ? <TourPlayer focusOnStart={started} /> : null}
    </div>
  );
}
