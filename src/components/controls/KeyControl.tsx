import { memo, useEffect, useRef } from 'react';
import { KEY_SPECS, type ConfigKey } from '../../model/config';
import { useStore } from '../../state/useStore';
import { AuthzModesControl } from './AuthzModesControl';
import { ControlField } from './ControlField';
import { keyNote } from './keyNotes';
import { TextValueControl } from './TextValueControl';
import { useKeyTarget } from './useKeyTarget';

/** A checkbox that shows "mixed" (indeterminate) when the pools it edits disagree. */
function BoolInput({ id, describedBy, checked, mixed, onChange }: {
  readonly id: string;
  readonly describedBy: string;
  readonly checked: boolean;
  readonly mixed: boolean;
  onChange(checked: boolean): void;
}) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = mixed;
  }, [mixed, checked]);
  return (
    <input
      ref={ref}
      id={id}
      type="checkbox"
      checked={checked && !mixed}
      data-mixed={mixed || undefined}
      aria-describedby={describedBy}
      onChange={(e) => onChange(e.currentTarget.checked)}
    />
  );
}

/**
 * One config key as the form control that fits its type. Memoised, and it reads only what it
 * shows: a toggle re-renders its own control (and those whose note it changes), not all of them.
 */
export const KeyControl = memo(function KeyControl({ k }: { readonly k: ConfigKey }) {
  const { value, scope, mixed, set } = useKeyTarget(k);
  const note = useStore((s) => keyNote(k, s.config));
  const spec = KEY_SPECS[k];
  switch (spec.type.kind) {
    case 'bool':
      return (
        <ControlField k={k} note={note} inline scope={scope} mixed={mixed}>
          {({ id, describedBy }) => (
            <BoolInput id={id} describedBy={describedBy} checked={value === true} mixed={mixed !== null} onChange={set} />
          )}
        </ControlField>
      );
    case 'enum': {
      const choices = spec.type.choices;
      return (
        <ControlField k={k} note={note} scope={scope} mixed={mixed}>
          {({ id, describedBy }) => (
            <select
              id={id}
              value={mixed ? '' : String(value)}
              aria-describedby={describedBy}
              onChange={(e) => set(e.currentTarget.value)}
            >
              {mixed ? (
                <option value="" disabled>
                  differs between pools
                </option>
              ) : null}
              {choices.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          )}
        </ControlField>
      );
    }
    case 'list':
      return <AuthzModesControl k={k} note={note} />;
    case 'int':
    case 'version':
      return <TextValueControl k={k} note={note} />;
  }
});
