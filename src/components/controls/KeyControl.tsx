import { getKey, KEY_SPECS, type ConfigKey } from '../../model/config';
import { selectConfig } from '../../state/selectors';
import { useStore } from '../../state/useStore';
import { AuthzModesControl } from './AuthzModesControl';
import { ControlField } from './ControlField';
import { keyNote } from './keyNotes';
import { TextValueControl } from './TextValueControl';

/** One config key as the form control that fits its type. */
export function KeyControl({ k }: { readonly k: ConfigKey }) {
  const config = useStore(selectConfig);
  const setConfigKey = useStore((s) => s.setConfigKey);
  const spec = KEY_SPECS[k];
  const value = getKey(config, k);
  const note = keyNote(k, config);
  switch (spec.type.kind) {
    case 'bool':
      return (
        <ControlField k={k} note={note} inline>
          {({ id, describedBy }) => (
            <input
              id={id}
              type="checkbox"
              checked={value === true}
              aria-describedby={describedBy}
              onChange={(e) => setConfigKey(k, e.currentTarget.checked)}
            />
          )}
        </ControlField>
      );
    case 'enum': {
      const choices = spec.type.choices;
      return (
        <ControlField k={k} note={note}>
          {({ id, describedBy }) => (
            <select
              id={id}
              value={String(value)}
              aria-describedby={describedBy}
              onChange={(e) => setConfigKey(k, e.currentTarget.value)}
            >
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
}
