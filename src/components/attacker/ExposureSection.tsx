import { useEffect, useState } from 'react';
import { POSITION_SPECS } from '../../model/attackers';
import { exposureFixes } from '../../model/exposureFixes';
import { EXPOSURE_ROWS, type Evidence, type Exposure } from '../../model/exposures';
import { MAX_FIX_SIZE, type Fix } from '../../model/fixes';
import type { PathInstanceRef } from '../../model/instances';
import type { Config, PathState } from '../../model/types';
import { selectAttacker } from '../../state/selectors';
import { useStore } from '../../state/useStore';
import { FixList } from '../inspector/FixList';
import { WOULD_BE } from './words';

/** The sources of an exposure's rows, each once, in table order. */
function evidenceOf(e: Exposure): Evidence[] {
  const seen = new Map<string, Evidence>();
  for (const row of EXPOSURE_ROWS)
    if (e.rows.includes(row.id)) for (const ev of row.evidence) seen.set(ev.url, ev);
  return [...seen.values()];
}

/** Only plain https links leave the page (the table is ours, but a link is a link). */
const safeUrl = (url: string): string | undefined =>
  /^https:\/\/[^\s"'<>]+$/.test(url) ? url : undefined;

// The fix search costs tens of milliseconds per position: searched once per config, instance and
// position, after the inspector has painted (a task each, so no long task), and kept for re-selection.
const searched = new WeakMap<Config, Map<string, Fix[]>>();
function useExposureFixes(
  config: Config,
  at: PathInstanceRef,
  position: Exposure['position'],
): Fix[] | null {
  const key = `${at.id}@${at.pool ?? ''}:${position}`;
  const fixes = searched.get(config)?.get(key) ?? null;
  const [, found] = useState(0);
  useEffect(() => {
    if (fixes) return;
    // After the next frame, so the inspector paints first; then one task per position.
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => {
        let byKey = searched.get(config);
        if (!byKey) searched.set(config, (byKey = new Map()));
        byKey.set(key, exposureFixes(config, at, position));
        found((n) => n + 1);
      });
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [config, at, position, key, fixes]);
  return fixes;
}

function ExposureItem({
  config,
  at,
  e,
  picked,
}: {
  readonly config: Config;
  readonly at: PathInstanceRef;
  readonly e: Exposure;
  readonly picked: boolean;
}) {
  const spec = POSITION_SPECS[e.position];
  const fixes = useExposureFixes(config, at, e.position);
  const evidence = evidenceOf(e);
  return (
    <li
      className="exposure"
      data-position={e.position}
      data-present={e.present}
      data-picked={picked || undefined}
    >
      <p className="exposure-head">
        <span className="attacker-badge" data-present={e.present} aria-hidden="true">
          {spec.glyph}
        </span>{' '}
        <strong>{spec.subject.charAt(0).toUpperCase() + spec.subject.slice(1)}</strong>
        {e.present ? null : <span className="attacker-potential"> ({WOULD_BE})</span>}
        {picked ? <span className="exposure-picked"> · the picked attacker</span> : null}
      </p>
      <p className="exposure-gains">Gains: {e.gains}.</p>
      {evidence.length > 0 ? (
        <p className="exposure-evidence">
          Evidence:{' '}
          {evidence.map((ev, i) => (
            <span key={ev.url}>
              {i > 0 ? '; ' : ''}
              <a href={safeUrl(ev.url)} target="_blank" rel="noopener noreferrer">
                {ev.label}
              </a>
            </span>
          ))}
        </p>
      ) : null}
      <div className="exposure-fix">
        <p className="exposure-fix-title">What takes this away from {spec.subject}:</p>
        {fixes === null ? (
          <p className="muted" data-testid="exposure-fix-searching">
            Looking for the smallest change…
          </p>
        ) : fixes.length > 0 ? (
          <>
            <FixList id={at.id} fixes={fixes.slice(0, 1)} state={fixes[0]!.state} />
            {fixes.length > 1 ? (
              <details className="exposure-more">
                <summary>
                  {fixes.length - 1} other way{fixes.length === 2 ? '' : 's'}
                </summary>
                <FixList id={at.id} fixes={fixes.slice(1)} state={fixes[1]!.state} />
              </details>
            ) : null}
          </>
        ) : (
          <p className="muted" data-testid="exposure-no-fix">
            No change of up to {MAX_FIX_SIZE} settings takes this away without breaking the path.
          </p>
        )}
      </div>
    </li>
  );
}

/**
 * "Who can exploit this": per attacker position that can exploit the inspected path instance,
 * what it gains, the evidence, and the smallest change that takes it away (exposureFixes).
 */
export function ExposureSection({
  config,
  at,
  state,
  exposures,
}: {
  readonly config: Config;
  readonly at: PathInstanceRef;
  readonly state: PathState;
  readonly exposures: readonly Exposure[];
}) {
  const picked = useStore(selectAttacker);
  return (
    <section className="exposures" aria-labelledby="exposures-title" data-testid="exposures">
      <h4 id="exposures-title">Who can exploit this</h4>
      {exposures.length === 0 ? (
        <p className="muted">
          Nobody: no attacker position gains anything from this path while it is {state}
          {state === 'broken' ? ' (beyond the outage itself)' : ''}.
        </p>
      ) : (
        <ul className="exposure-list">
          {/* The picked attacker first: it is what the reader is looking from. */}
          {[...exposures]
            .sort((a, b) => Number(b.position === picked) - Number(a.position === picked))
            .map((e) => (
              <ExposureItem
                key={e.position}
                config={config}
                at={at}
                e={e}
                picked={picked === e.position}
              />
            ))}
        </ul>
      )}
    </section>
  );
}
