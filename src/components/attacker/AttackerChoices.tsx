import { useEffect, useRef } from 'react';
import { POSITION_SPECS, POSITIONS, positionPresent } from '../../model/attackers';
import { selectAttacker, selectUntrusted } from '../../state/selectors';
import { useStore } from '../../state/useStore';
import { WOULD_BE } from './words';

/**
 * The picker's radio group: "nobody" and the five positions (DOMAIN.md §10), each with who that
 * is. A choice shows at once, so the arrow keys step through the positions; Escape closes.
 */
export function AttackerChoices({ id, onClose }: { readonly id: string; onClose(): void }) {
  const attacker = useStore(selectAttacker);
  const untrusted = useStore(selectUntrusted);
  const setAttacker = useStore((s) => s.setAttacker);
  const group = useRef<HTMLFieldSetElement>(null);
  // Opening puts focus on the checked choice, where the arrow keys work.
  useEffect(() => {
    group.current?.querySelector<HTMLInputElement>('input:checked')?.focus();
  }, []);
  return (
    <div
      id={id}
      className="attacker-popover"
      data-testid="attacker-picker"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <fieldset ref={group}>
        <legend>Who is the attacker?</legend>
        <label className="attacker-option" data-position="nobody">
          <input
            type="radio"
            name={id}
            checked={attacker === null}
            onChange={() => setAttacker(null)}
          />
          <span className="attacker-badge" aria-hidden="true">
            ·
          </span>
          <span className="attacker-option-label">nobody</span>
          <span className="attacker-option-who">the diagram shows the states only</span>
        </label>
        {POSITIONS.map((p) => {
          const s = POSITION_SPECS[p];
          const present = positionPresent(p, untrusted);
          return (
            <label key={p} className="attacker-option" data-position={p}>
              <input
                type="radio"
                name={id}
                checked={attacker === p}
                onChange={() => setAttacker(p)}
                aria-describedby={`${id}-${p}`}
              />
              <span className="attacker-badge" data-present={present} aria-hidden="true">
                {s.glyph}
              </span>
              <span className="attacker-option-label">{s.label}</span>
              <span id={`${id}-${p}`} className="attacker-option-who">
                {s.who}
                {present ? '' : ` (${WOULD_BE}: the network is marked trusted)`}
              </span>
            </label>
          );
        })}
      </fieldset>
      <button type="button" className="button-small" onClick={onClose}>
        Done
      </button>
    </div>
  );
}
