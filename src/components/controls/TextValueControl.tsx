import { useState } from 'react';
import { formatValue, KEY_SPECS, parseValue, type ConfigKey } from '../../model/config';
import { ControlField } from './ControlField';
import { useKeyTarget } from './useKeyTarget';

/** A typed-in value (version, port) validated with the model's parser; bad input is kept, not lost. */
export function TextValueControl({ k, note }: { readonly k: ConfigKey; readonly note: string | null }) {
  const { value, scope, mixed, set } = useKeyTarget(k);
  // Pools that disagree show no value (the note lists them); typing one sets every pool.
  const stored = mixed ? '' : formatValue(value);
  // The draft follows the store until the user types something the parser rejects.
  const [typed, setDraft] = useState<{ text: string; error: string; base: string } | null>(null);
  const draft = typed && typed.base === stored ? typed : null;
  const t = KEY_SPECS[k].type;
  const onChange = (text: string) => {
    const r = parseValue(k, text);
    if (r.ok) {
      setDraft(null);
      if (formatValue(r.value) !== stored) set(r.value);
    } else {
      const kept = mixed ? 'Each pool keeps its value' : `The last valid value (${stored}) still applies`;
      setDraft({ text, base: stored, error: `${r.error}. ${kept}.` });
    }
  };
  return (
    <ControlField k={k} note={note} error={draft?.error ?? null} scope={scope} mixed={mixed}>
      {({ id, describedBy }) => (
        <input
          id={id}
          className={t.kind === 'int' ? 'input-number' : 'input-version'}
          type={t.kind === 'int' ? 'number' : 'text'}
          inputMode={t.kind === 'int' ? 'numeric' : 'decimal'}
          {...(t.kind === 'int' ? { min: t.min, max: t.max, step: 1 } : { pattern: '1\\.[0-9]{1,2}', spellCheck: false })}
          value={draft?.text ?? stored}
          placeholder={mixed ? 'differs between pools' : undefined}
          aria-invalid={draft ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      )}
    </ControlField>
  );
}
