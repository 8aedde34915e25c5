import { useState } from 'react';
import type { PoolSize } from '../../model/pools';
import { poolRenameError } from '../../model/poolEdits';

interface Props {
  readonly id: string;
  readonly label: string;
  /** The pools of the scenario whose pool `index` the field names (names are unique within it). */
  readonly config: { readonly pools: readonly PoolSize[] };
  readonly index: number;
  onRename(name: string): void;
}

/**
 * A pool's name: checked as it is typed (a DNS label, unique), applied on Enter or on leaving the
 * field, so the pool (and links naming it) never takes the names on the way ("bootstrappe" before
 * "bootstrapped"); Escape goes back. A refused name stays in the field with its message.
 */
export function PoolNameField({ id, label, config, index, onRename }: Props) {
  const name = config.pools[index]!.name;
  // A draft is for the name it was typed over: once the store changes (undo, preset), it goes.
  const [typed, setTyped] = useState<{ readonly text: string; readonly base: string } | null>(null);
  const draft = typed && typed.base === name ? typed : null;
  const error = draft ? poolRenameError(config, index, draft.text) : null;
  const commit = () => {
    if (!draft || error) return;
    setTyped(null);
    if (draft.text !== name) onRename(draft.text);
  };
  return (
    <div className="control">
      <label htmlFor={id} className="control-label">
        {label}
      </label>
      <input
        id={id}
        type="text"
        data-pool-field="name"
        spellCheck={false}
        autoComplete="off"
        value={draft?.text ?? name}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-help${error ? ` ${id}-msg` : ''}`}
        onChange={(e) => setTyped({ text: e.currentTarget.value, base: name })}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit();
          } else if (e.key === 'Escape' && draft) {
            e.preventDefault();
            setTyped(null);
          }
        }}
      />
      <p id={`${id}-help`} className="control-help">
        A DNS label: lower-case letters, digits and '-', at most 63 characters, unique. Enter or
        leaving the field renames; Escape goes back.
      </p>
      {error ? (
        <p id={`${id}-msg`} className="control-error" role="alert">
          <span aria-hidden="true">✖ </span>
          {error[0]!.toUpperCase()}
          {error.slice(1)}. The pool keeps its name {name}.
        </p>
      ) : null}
    </div>
  );
}
