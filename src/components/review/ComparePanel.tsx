import { useEffect, useId, useMemo, useState } from 'react';
import { compareConfigs } from '../../model/compare';
import { PATH_SPECS } from '../../model/paths';
import { isPresetName, PRESET_NAMES, PRESETS, DEFAULT_PRESET } from '../../model/presets';
import type { Config } from '../../model/types';
import type { Ignored } from '../../model/urlCodec';
import { selectCompareBaseline, selectConfig } from '../../state/selectors';
import { useStore } from '../../state/useStore';
import { StateBadge } from '../StateBadge';
import { baselineFromLink } from '../../model/linkBaseline';
import { CHANGE_MARKS, CHANGE_TITLES } from './changeMarks';

type Source = string; // a preset name, 'previous' or 'link'

/** Compare: the current scenario against a preset, the scenario before the last replace, or a link. */
export function ComparePanel() {
  const id = useId();
  const config = useStore(selectConfig);
  const previous = useStore((s) => s.previous);
  const baseline = useStore(selectCompareBaseline);
  const setBaseline = useStore((s) => s.setCompareBaseline);
  const [source, setSource] = useState<Source>(() => (previous ? 'previous' : DEFAULT_PRESET));
  const [link, setLink] = useState('');
  const [linkResult, setLinkResult] = useState<{ config: Config; label: string; ignored: readonly Ignored[] } | null>(null);
  const [linkError, setLinkError] = useState<string | null>(null);

  // The chosen baseline goes to the store so the diagram can draw the overlay.
  const chosen: Config | null =
    source === 'previous' ? (previous?.config ?? null) : source === 'link' ? (linkResult?.config ?? null) : isPresetName(source) ? PRESETS[source] : null;
  useEffect(() => {
    setBaseline(chosen);
  }, [chosen, setBaseline]);
  // The overlay lives only while the panel is open: no hidden comparison left on the diagram.
  useEffect(() => () => setBaseline(null), [setBaseline]);

  const cmp = useMemo(() => (baseline ? compareConfigs(baseline, config) : null), [baseline, config]);
  const label =
    source === 'previous' ? 'the scenario before the last import, plan or fix' : source === 'link' ? (linkResult?.label ?? 'a shared link') : `preset ${source}`;

  const readLink = () => {
    const r = baselineFromLink(link);
    if (r.ok) {
      setLinkResult(r);
      setLinkError(null);
    } else {
      setLinkResult(null);
      setLinkError(r.error);
    }
  };

  return (
    <div className="compare-panel" data-testid="compare-panel">
      <div className="compare-source">
        <label htmlFor={`${id}-source`}>Compare the current scenario against</label>
        <select id={`${id}-source`} value={source} onChange={(e) => setSource(e.target.value)}>
          <optgroup label="Presets">
            {PRESET_NAMES.map((p) => (
              <option key={p} value={p}>
                preset {p}
              </option>
            ))}
          </optgroup>
          <option value="previous" disabled={!previous}>
            before the last import, plan or fix{previous ? '' : ' (none yet)'}
          </option>
          <option value="link">a shared link…</option>
        </select>
      </div>
      {source === 'link' && (
        <form
          className="compare-link"
          onSubmit={(e) => {
            e.preventDefault();
            readLink();
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
            {linkResult && linkResult.ignored.length > 0 && (
              <div className="compare-ignored">
                <p>Parameters ignored from the link:</p>
                <ul>
                  {linkResult.ignored.map((i) => (
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
          {CHANGE_TITLES.filter(([k]) => cmp.counts[k] > 0).map(([kind, title]) => {
            const rows = cmp.paths.filter((p) => p.change === kind);
            const list = (
              <ul className="compare-rows">
                {rows.map((p) => (
                  <li key={p.id} data-path={p.id} data-change={kind}>
                    <span className="compare-mark" aria-hidden="true">
                      {CHANGE_MARKS[kind]}
                    </span>
                    <span className="compare-path">{PATH_SPECS[p.id].label}</span>
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
        <p className="muted">{source === 'link' ? 'Paste a link and choose “Use this link”.' : 'No baseline.'}</p>
      )}
    </div>
  );
}
