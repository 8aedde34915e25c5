import { useState, type ReactNode } from 'react';
import { formatNumber } from '../../model/count';

interface Props {
  readonly id: string;
  readonly label: ReactNode;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  /** Whose number it is (a pool's name): a draft typed for one owner is not shown for another. */
  readonly owner?: string;
  /** Why the range is what it is, added to the out-of-range message: " (the other pools have …)". */
  readonly why?: string;
  onValue(n: number): void;
}


/**
 * A whole number in min–max: a number outside is clamped and applied with a message saying so;
 * text that is no whole number is kept in the field with a message, and the last value applies.
 */
export function ClampedNumberField({
  id,
  label,
  value,
  min,
  max,
  owner = '',
  why = '',
  onValue,
}: Props) {
  const [typed, setTyped] = useState<{
    text: string;
    msg: string;
    base: number;
    owner: string;
  } | null>(null);
  // A draft is for the value it was typed over: once the store changes (undo, preset), it goes.
  const draft = typed && typed.base === value && typed.owner === owner ? typed : null;
  const onChange = (text: string) => {
    const n = Number(text);
    if (text.trim() === '' || !Number.isInteger(n)) {
      setTyped({
        text,
        owner,
        base: value,
        msg: `Enter a whole number from ${min} to ${formatNumber(max)}; ${formatNumber(value)} still applies.`,
      });
      return;
    }
    const clamped = Math.min(max, Math.max(min, n));
    if (clamped !== value) onValue(clamped);
    setTyped(
      clamped === n
        ? null
        : {
            text,
            owner,
            base: clamped,
            msg: `${n} is outside ${min}–${formatNumber(max)}${why}: using ${clamped}.`,
          },
    );
  };
  return (
    <div className="control">
      <label htmlFor={id} className="control-label">
        {label}
      </label>
      <input
        id={id}
        type="number"
        className="input-number"
        min={min}
        max={max}
        step={1}
        value={draft?.text ?? String(value)}
        aria-invalid={draft ? true : undefined}
        aria-describedby={draft ? `${id}-msg` : undefined}
        onChange={(e) => onChange(e.currentTarget.value)}
      />
      {draft ? (
        <p id={`${id}-msg`} className="control-error" role="alert">
          {draft.msg}
        </p>
      ) : null}
    </div>
  );
}
