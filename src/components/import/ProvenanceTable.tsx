import {
  CONFIG_KEYS,
  formatTarget,
  formatValue,
  getKey,
  isKubeletKey,
  KEY_SPECS,
  type KeyTarget,
} from '../../model/config';
import type { ImportSuccess, Provenance } from '../../model/import';

const sourceText = (p: Provenance): string =>
  p.kind === 'file'
    ? `${p.file}:${p.line} (${p.setting})${(p.also ?? []).map((a) => `, ${a.file}:${a.line} (${a.setting})`).join('')}`
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
        {targets(result).map(({ target, p }) => {
          const key = target.key;
          const name = formatTarget(target);
          return (
            <tr key={name} data-key={name} data-source={p.kind}>
              <th scope="row">
                <code>{name}</code>
                <br />
                <small>{KEY_SPECS[key].flag}</small>
              </th>
              <td>
                <code>{formatValue(getKey(result.config, key, target.pool))}</code>
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

// Every key once; a kubelet key once per pool when the import made several pools.
function targets(result: ImportSuccess): { target: KeyTarget; p: Provenance }[] {
  return CONFIG_KEYS.flatMap((key) => {
    const p = result.provenance[key];
    if (p) return [{ target: { key }, p }];
    if (!isKubeletKey(key)) return [];
    return result.config.pools.flatMap((pool) => {
      const q = result.provenance[`pools.${pool.name}.${key}`];
      return q ? [{ target: { key, pool: pool.name }, p: q }] : [];
    });
  });
}
