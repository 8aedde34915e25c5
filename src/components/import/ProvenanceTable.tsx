import { CONFIG_KEYS, formatValue, getKey, KEY_SPECS } from '../../model/config';
import type { ImportSuccess, Provenance } from '../../model/import';

const sourceText = (p: Provenance): string =>
  p.kind === 'file'
    ? `${p.file}:${p.line} (${p.setting})`
    : p.kind === 'default'
      ? `default of ${p.component}: ${p.detail}`
      : `assumed from preset ${p.preset}`;

/** The derived settings with where each came from; file sources reveal their line. */
export function ProvenanceTable({
  result,
  onReveal,
}: {
  result: ImportSuccess;
  onReveal: (file: string, line: number) => void;
}) {
  return (
    <table className="import-provenance" data-testid="import-provenance">
      <caption className="visually-hidden">Imported settings and their sources</caption>
      <thead>
        <tr>
          <th scope="col">Setting</th>
          <th scope="col">Value</th>
          <th scope="col">Source</th>
        </tr>
      </thead>
      <tbody>
        {CONFIG_KEYS.map((key) => {
          const p = result.provenance[key];
          return (
            <tr key={key} data-key={key} data-source={p.kind}>
              <th scope="row">
                <code>{key}</code>
                <br />
                <small>{KEY_SPECS[key].flag}</small>
              </th>
              <td>
                <code>{formatValue(getKey(result.config, key))}</code>
              </td>
              <td>
                {p.kind === 'file' ? (
                  <button
                    type="button"
                    className="import-source"
                    onClick={() => onReveal(p.file, p.line)}
                  >
                    {sourceText(p)}
                  </button>
                ) : (
                  sourceText(p)
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
