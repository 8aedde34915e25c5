import { useId } from 'react';
import type { ImportedPool, ImportSuccess, PoolSource } from '../../model/import';
import { PoolNameField } from '../controls/PoolNameField';
import { newPoolName, sharedFiles, type PoolEdits } from './poolGrouping';

interface Props {
  /** The pools the importer forms by its rules alone (where a file goes back to). */
  readonly auto: readonly ImportedPool[];
  /** The import with the moves made, before renames (the importer's names). */
  readonly raw: ImportSuccess;
  /** The import as it will be applied (renames made). */
  readonly shown: ImportSuccess;
  readonly edits: PoolEdits;
  onEdits(edits: PoolEdits): void;
}

const NEW = '\u0000new';
const nodes = (n: number) => `${n} node${n === 1 ? '' : 's'}`;
const sourceText = (s: PoolSource) =>
  `${s.kind === 'flags' ? 'kubelet flags' : s.kind} (line ${s.line}${s.node ? `, node ${s.node}` : ''})`;

/**
 * The pools an import formed (DOMAIN.md §9), each with its files and sources, so a reviewer sees
 * how the files were grouped; a file can be moved to another pool or a new one, and a pool renamed,
 * before the import is applied.
 */
export function ImportedPools({ auto, raw, shown, edits, onEdits }: Props) {
  const id = useId();
  const shared = sharedFiles(raw.pools);
  const rawName = (shownName: string) =>
    raw.pools[shown.pools.findIndex((p) => p.name === shownName)]?.name ?? shownName;
  const autoPoolOf = (file: string) => auto.find((p) => p.files.includes(file))?.name;
  const move = (file: string, target: string) => {
    const to =
      target === NEW
        ? newPoolName(raw.pools, [...edits.moves.values(), ...edits.renames.values()])
        : rawName(target);
    const moves = new Map(edits.moves);
    // Back to the pool the rules put it in: no move left to make.
    if (to === autoPoolOf(file)) moves.delete(file);
    else moves.set(file, to);
    onEdits({ ...edits, moves });
  };
  const rename = (i: number, name: string) => {
    const renames = new Map(edits.renames);
    const from = raw.pools[i]!.name;
    if (name === from) renames.delete(from);
    else renames.set(from, name);
    onEdits({ ...edits, renames });
  };
  const edited = edits.moves.size > 0 || edits.renames.size > 0;
  return (
    <section
      className="import-pools"
      aria-labelledby="import-pools-heading"
      data-testid="import-pools"
    >
      <h3 id="import-pools-heading">Node pools ({shown.pools.length})</h3>
      <p className="control-help">
        Each kubelet configuration forms its own pool; kubelet flags and drop-ins join the pool
        whose file their <code>--config</code> names; pools with equal settings are merged. Move a
        file to another pool or rename a pool before applying.
      </p>
      <ol className="import-pool-list">
        {shown.pools.map((p, i) => (
          <li
            key={`${i}:${raw.pools[i]!.name}`}
            className="import-pool"
            data-pool={p.name}
            data-grouping={p.grouping}
          >
            <PoolNameField
              id={`${id}-pool-${i}`}
              label={`Name of imported pool ${i + 1}`}
              config={shown.config}
              index={i}
              onRename={(name) => rename(i, name)}
            />
            <p className="control-help">
              {nodes(p.nodes)} ·{' '}
              {p.grouping === 'explicit' ? 'grouped by you' : 'grouped by the importer’s rules'}
            </p>
            <ul className="import-pool-files">
              {p.files.map((file) => (
                <li key={file} data-file={file}>
                  <code>{file}</code>:{' '}
                  {p.sources
                    .filter((s) => s.file === file)
                    .map(sourceText)
                    .join('; ')}
                  {shared.has(file) ? (
                    <span className="control-help">
                      {' '}
                      (holds several kubelet configurations, one pool each: it stays with them)
                    </span>
                  ) : (
                    <label className="import-move">
                      {' '}
                      Pool for {file}{' '}
                      <select value={p.name} onChange={(e) => move(file, e.currentTarget.value)}>
                        {shown.pools.map((o) => (
                          <option key={o.name} value={o.name}>
                            {o.name}
                          </option>
                        ))}
                        <option value={NEW}>a new pool</option>
                      </select>
                    </label>
                  )}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      {edited ? (
        <button
          type="button"
          className="button-small"
          onClick={() => onEdits({ moves: new Map(), renames: new Map() })}
        >
          Back to the importer’s grouping and names
        </button>
      ) : null}
    </section>
  );
}
