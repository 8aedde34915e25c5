import { useState } from 'react';
import { formatValue, getKey, KEY_SPECS, parseValue, type ConfigKey } from '../../model/config';
import { selectConfig } from '../../state/selectors';
import { useStore } from '../../state/useStore';
import { ControlField } from './ControlField';

/** A typed-in value (version, port) validated with the model's parser; bad input is kept, not lost. */
export function TextValueControl({ k, note }: { readonly k: ConfigKey; readonly note: string | null }) {
  const config = useStore(selectConfig);
  const setConfigKey = useStore((s) => s.setConfigKey);
  const stored = formatValue(getKey(config, k));
  // The draft follows the store until the user types something the parser rejects.
  const [typed, setDraft] = useState<{ text: string; error: string; base: string } | null>(null);
  const draft = typed && typed.base === stored ? typed : null;
  const t = KEY_SPECS[k].type;
  const onChange = (text: string) => {
    const r = parseValue(k, text);
    if (r.ok) {
      setDraft(null);
      if (formatValue(r.value) !== stored) setConfigKey(k, r.value);
    } else setDraft({ text, base: stored, error: `${r.error}. The last valid value (${stored}) still applies.` });
  };
  return (
    <ControlField k={k} note={note} error={draft?.error ?? null}>
      {({ id, describedBy }) => (
        <input
          id={id}
          className={t.kind === 'int' ? 'input-number' : 'input-version'}
          type={t.kind === 'int' ? 'number' : 'text'}
          inputMode={t.kind === 'int' ? 'numeric' : 'decimal'}
          {...(t.kind === 'int' ? { min: t.min, max: t.max, step: 1 } : { pattern: '1\\.[0-9]{1,2}', spellCheck: false })}
          value={draft?.text ?? stored}
          aria-invalid={draft ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      )}
    </ControlField>
  );
}
