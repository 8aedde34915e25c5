import type { ReactNode } from 'react';
import { KEY_SPECS, type ConfigKey } from '../../model/config';
import { controlId } from './keyNotes';

interface Props {
  readonly k: ConfigKey;
  readonly note: string | null;
  readonly error?: string | null;
  /** Renders the input; receives the ids it must use. */
  readonly children: (ids: { id: string; describedBy: string }) => ReactNode;
  readonly inline?: boolean;
  /** Which pools a kubelet control writes to, with several pools: "pool legacy", "every pool". */
  readonly scope?: string | undefined;
  /** How the value differs between pools, when the control edits every pool and they disagree. */
  readonly mixed?: string | null | undefined;
}

/** The frame of one config control: label (the real flag), one-line help, default, notes. */
export function ControlField({ k, note, error = null, children, inline = false, scope, mixed = null }: Props) {
  const spec = KEY_SPECS[k];
  const id = controlId(k);
  const describedBy = [mixed ? `${id}-mixed` : '', `${id}-help`, note ? `${id}-note` : '', error ? `${id}-error` : '', `${id}-default`]
    .filter(Boolean)
    .join(' ');
  const label = (
    <label htmlFor={id} className="control-label">
      <code>{spec.flag}</code>
      {scope ? <span className="visually-hidden">, {scope}</span> : null}
    </label>
  );
  return (
    <div className={`control${inline ? ' control-inline' : ''}`} data-key={k}>
      {inline ? (
        <div className="control-row">
          {children({ id, describedBy })}
          {label}
        </div>
      ) : (
        <>
          {label}
          {children({ id, describedBy })}
        </>
      )}
      {mixed ? (
        <p id={`${id}-mixed`} className="control-mixed" data-mixed="true">
          <span aria-hidden="true">≠ </span>Differs between pools: {mixed}
        </p>
      ) : null}
      <p id={`${id}-help`} className="control-help">
        {spec.help}
      </p>
      {error ? (
        <p id={`${id}-error`} className="control-error" role="alert">
          <span aria-hidden="true">✖ </span>
          {error}
        </p>
      ) : null}
      {note ? (
        <p id={`${id}-note`} className="control-note">
          <span aria-hidden="true">ⓘ </span>
          {note}
        </p>
      ) : null}
      <p id={`${id}-default`} className="control-default">
        Upstream default: {spec.upstreamDefault}
      </p>
    </div>
  );
}
