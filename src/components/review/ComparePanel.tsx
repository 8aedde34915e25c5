import { useId, useLayoutEffect, useMemo, useState } from 'react';
import { compareConfigs, matchPools } from '../../model/compare';
import { PATH_SPECS } from '../../model/paths';
import { isPresetName, PRESET_NAMES, DEFAULT_PRESET } from '../../model/presets';
import { selectCompareBaseline, selectCompareLink, selectConfig } from '../../state/selectors';
import type { CompareSource, ReplaceCause, Store } from '../../state/store';
import { useStore, useStoreApi } from '../../state/useStore';
import { StateBadge } from '../StateBadge';
import { CHANGE_MARKS, CHANGE_TITLES } from './changeMarks';
import { positionChanges } from '../../model/attackerView';
import { AttackerChanges } from '../attacker/AttackerChanges';

const CAUSE_WORDS: Readonly<Record<ReplaceCause, string>> = {
  preset: 'preset',
  import: 'import',
  plan: 'plan',
  fix: 'fix',
  tour: 'tour step',
  pool: 'pool removal',
};

/** What a panel that opens compares against: the last replacement if any, else the default preset. */
const openingSource = (s: Store): CompareSource =>
  s.previous ? { kind: 'previous' } : { kind: 'preset', preset: DEFAULT_PRESET };

/** The select's value for a source: a preset name, 'previous' or 'link'. */
const optionOf = (source: CompareSource): string => (source.kind === 'preset' ? source.preset : source.kind);

/**
 * Compare: the current scenario against a preset, the scenario before the last replacement, or a
 * link. The panel only picks the source; the baseline the diagram overlays is derived from it.
 */
export function ComparePanel() {
  const id = useId();
  const api = useStoreApi();
  const config = useStore(selectConfig);
  const previous = useStore((s) => s.previous);
  const stored = useStore((s) => s.compareSource);
  const baseline = useStore(selectCompareBaseline);
  const linkRead = useStore(selectCompareLink);
  const setSource = useStore((s) => s.setCompareSource);
  const [link, setLink] = useState('');

  // The comparison lives exactly as long as the panel: opening starts one (before the first paint,
  // so the overlay shows at once), closing ends it, so no hidden comparison stays on the diagram.
  useLayoutEffect(() => {
    api.getState().setCompareSource(openingSource(api.getState()));
    return () => api.getState().setCompareSource(null);
  }, [api]);
  const source = stored ?? openingSource(api.getState());

  const cmp = useMemo(() => (baseline ? compareConfigs(baseline, config) : null), [baseline, config]);
  // Which baseline pool each pool is compared with (by name; a one-pool baseline stands for every pool).
  const matched = useMemo(() => {
    const match = baseline ? matchPools(baseline, config) : [];
    return new Map(config.pools.map((p, i) => [p.name, match[i] === undefined ? undefined : baseline!.pools[match[i]!]!.name]));
  }, [baseline, config]);
  const attackers = useMemo(() => (baseline ? positionChanges(baseline, config) : ''), [baseline, config]);
  const label =
    source.kind === 'previous'
      ? `the scenario before the last ${previous ? CAUSE_WORDS[previous.cause] : 'change'}`
      : source.kind === 'link'
        ? linkRead?.ok
          ? linkRead.label
          : 'a shared link'
        : `preset ${source.preset}`;
  const choose = (value: string) =>
    setSource(
      value === 'previous'
        ? { kind: 'previous' }
        : value === 'link'
          ? { kind: 'link', link: null }
          : isPresetName(value)
            ? { kind: 'preset', preset: value }
            : source,
    );
  const linkError = linkRead && !linkRead.ok ? linkRead.error : null;
  const ignored = linkRead?.ok ? linkRead.ignored : [];

  return (
    <div className="compare-panel" data-testid="compare-panel">
      <div className="compare-source">
        <label htmlFor={`${id}-source`}>Compare the current scenario against</label>
        <select id={`${id}-source`} value={optionOf(source)} onChange={(e) => choose(e.target.value)}>
          <optgroup label="Presets">
            {PRESET_NAMES.map((p) => (
              <option key={p} value={p}>
                preset {p}
              </option>
            ))}
          </optgroup>
          <option value="previous" disabled={!previous}>
            before the last import, plan, fix or pool removal{previous ? '' : ' (none yet)'}
          </option>
          <option value="link">a shared link…</option>
        </select>
      </div>
      {source.kind === 'link' && (
        <form
          className="compare-link"
          onSubmit={(e) => {
            e.preventDefault();
            setSource({ kind: 'link', link });
          }}
        >
          <label htmlFor={`${id}-link`}>Shared link</label>
          <input
            id={`${id}-link`}
            type="text"
            inputMode="url"
            spellCheck={false}
            placeholder="https://…/?v=1&preset=kubeadm&…"
            value={link}
            onChange={(e) => setLink(e.target.value)}
            aria-describedby={`${id}-link-msg`}
          />
          <button type="submit" className="button-small">
            Use this link
          </button>
          <div id={`${id}-link-msg`} role="status" className="compare-link-msg">
            {linkError && <p className="error-text">{linkError}</p>}
            {ignored.length > 0 && (
              <div className="compare-ignored">
                <p>Parameters ignored from the link:</p>
                <ul>
                  {ignored.map((i) => (
                    <li key={`${i.param}:${i.reason}`}>
                      <code>{i.param}</code>: {i.reason}
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </div>
        </form>
      )}
      {cmp ? (
        <>
          <p className="compare-summary" data-testid="compare-summary" role="status">
            Against {label}: <strong>{cmp.summary}</strong>.
          </p>
          {cmp.pooled ? (
            <p className="muted compare-pools" data-testid="compare-pools">
              Pools compared by name:{' '}
              {config.pools
                .map((p) => {
                  const b = matched.get(p.name);
                  return b === undefined ? `${p.name} (not in the baseline)` : b === p.name ? p.name : `${p.name} with the baseline’s only pool, ${b}`;
                })
                .join('; ')}
              .
            </p>
          ) : null}
          <AttackerChanges lead="For attackers, going from the baseline to now:" text={attackers} />
          {CHANGE_TITLES.filter(([k]) => cmp.counts[k] > 0).map(([kind, title]) => {
            const rows = cmp.paths.filter((p) => p.change === kind);
            const list = (
              <ul className="compare-rows">
                {rows.map((p) => (
                  <li key={`${p.id}@${p.pool ?? ''}`} data-path={p.id} data-pool={p.pool} data-change={kind}>
                    <span className="compare-mark" aria-hidden="true">
                      {CHANGE_MARKS[kind]}
                    </span>
                    <span className="compare-path">
                      {PATH_SPECS[p.id].label}
                      {cmp.pooled && p.pool !== undefined ? (
                        <span className="compare-pool">
                          {' '}
                          on pool <strong>{p.pool}</strong>
                          {matched.get(p.pool) === undefined ? ' (new: not in the baseline)' : ''}
                        </span>
                      ) : null}
                    </span>
                    <span className="compare-states">
                      <StateBadge state={p.before} /> <span aria-label="to">→</span> <StateBadge state={p.after} />
                    </span>
                  </li>
                ))}
              </ul>
            );
            return kind === 'unchanged' ? (
              <details key={kind} className="compare-group" data-change={kind}>
                <summary>
                  {title} ({rows.length})
                </summary>
                {list}
              </details>
            ) : (
              <section key={kind} className="compare-group" data-change={kind} aria-label={`${title} (${rows.length})`}>
                <h3>
                  <span aria-hidden="true">{CHANGE_MARKS[kind]} </span>
                  {title} ({rows.length})
                </h3>
                {list}
              </section>
            );
          })}
          <p className="muted compare-note">
            The diagram marks each changed path with the same glyph; unchanged paths are faded.
          </p>
        </>
      ) : (
        <p className="muted">{source.kind === 'link' ? 'Paste a link and choose “Use this link”.' : 'No baseline.'}</p>
      )}
    </div>
  );
}
