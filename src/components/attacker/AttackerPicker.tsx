import { lazy, Suspense, useId, useRef, useState } from 'react';
import { POSITION_SPECS, positionPresent } from '../../model/attackers';
import { selectAttacker, selectUntrusted } from '../../state/selectors';
import { useStore } from '../../state/useStore';
import { loadAttackerChunk } from './loadAttackerChunk';
import './attacker.css';

// The choices load from the attacker view's chunk when the picker is first pointed at or opened.
const AttackerChoices = lazy(() =>
  loadAttackerChunk().then((m) => ({ default: m.AttackerChoices })),
);

/** "Who is the attacker?": a button naming the picked position that opens the choices (a radio group). */
export function AttackerPicker() {
  const attacker = useStore(selectAttacker);
  const untrusted = useStore(selectUntrusted);
  const [open, setOpen] = useState(false);
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const spec = attacker ? POSITION_SPECS[attacker] : null;
  return (
    <div className="attacker-picker" data-attacker={attacker ?? 'nobody'}>
      <button
        ref={button}
        type="button"
        className="toggle"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => setOpen(!open)}
        onPointerEnter={() => void loadAttackerChunk()}
        onFocus={() => void loadAttackerChunk()}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setOpen(false);
        }}
      >
        {spec ? (
          <>
            <span
              className="attacker-badge"
              data-present={positionPresent(spec.id, untrusted)}
              aria-hidden="true"
            >
              {spec.glyph}
            </span>{' '}
          </>
        ) : null}
        Attacker: {spec ? spec.label : 'none'}
      </button>
      {open ? (
        <Suspense fallback={<p className="attacker-popover muted">Loading the positions…</p>}>
          <AttackerChoices id={id} onClose={close} />
        </Suspense>
      ) : null}
    </div>
  );
}
