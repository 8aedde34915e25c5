import { getKey, KEY_SPECS, type ConfigKey } from '../../model/config';
import { AUTHORIZATION_MODES, type AuthorizationMode } from '../../model/types';
import { useStore } from '../../state/useStore';
import { controlId } from './keyNotes';

/** The ordered --authorization-mode chain: order matters (a Webhook before AlwaysAllow can still deny). */
export function AuthzModesControl({ k, note }: { readonly k: ConfigKey; readonly note: string | null }) {
  // The chain itself (a stable reference while it is unchanged), not the whole config.
  const modes = useStore((s) => getKey(s.config, k) as readonly AuthorizationMode[]);
  const setConfigKey = useStore((s) => s.setConfigKey);
  const spec = KEY_SPECS[k];
  const id = controlId(k);
  const rest = AUTHORIZATION_MODES.filter((m) => !modes.includes(m));
  const set = (next: readonly AuthorizationMode[]) => setConfigKey(k, next);
  const move = (i: number, d: -1 | 1) => {
    const next = [...modes];
    const [m] = next.splice(i, 1);
    next.splice(i + d, 0, m!);
    set(next);
  };
  const flag = <span className="visually-hidden"> in {spec.flag}</span>;
  return (
    <fieldset className="control control-list" data-key={k} aria-describedby={`${id}-help ${id}-default`}>
      <legend className="control-label">
        <code>{spec.flag}</code> (in order)
      </legend>
      <ol className="mode-list">
        {modes.map((m, i) => (
          <li key={m} className="mode-item">
            <input
              id={`${id}-${m}`}
              type="checkbox"
              checked
              disabled={modes.length === 1}
              aria-describedby={modes.length === 1 ? `${id}-last` : undefined}
              onChange={() => set(modes.filter((x) => x !== m))}
            />
            <label htmlFor={`${id}-${m}`}>
              <span className="mode-order">{i + 1}.</span> {m}
              {flag}
            </label>
            <span className="mode-moves">
              <button type="button" className="icon-button" disabled={i === 0} onClick={() => move(i, -1)} aria-label={`Move ${m} earlier in ${spec.flag}`}>
                ↑
              </button>
              <button type="button" className="icon-button" disabled={i === modes.length - 1} onClick={() => move(i, 1)} aria-label={`Move ${m} later in ${spec.flag}`}>
                ↓
              </button>
            </span>
          </li>
        ))}
        {rest.map((m) => (
          <li key={m} className="mode-item mode-off">
            <input id={`${id}-${m}`} type="checkbox" checked={false} onChange={() => set([...modes, m])} />
            <label htmlFor={`${id}-${m}`}>
              <span className="mode-order" aria-hidden="true">–</span> {m}
              {flag}
            </label>
          </li>
        ))}
      </ol>
      {modes.length === 1 ? (
        <p id={`${id}-last`} className="control-note">
          At least one mode stays on (with the flag absent the apiserver uses AlwaysAllow).
        </p>
      ) : null}
      <p id={`${id}-help`} className="control-help">
        {spec.help}
      </p>
      {note ? <p className="control-note">{note}</p> : null}
      <p id={`${id}-default`} className="control-default">
        Upstream default: {spec.upstreamDefault}
      </p>
    </fieldset>
  );
}
