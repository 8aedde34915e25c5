import { useId, useState } from 'react';
import { isSafe, STATES } from '../../model/types';
import { selectPredictMask } from '../../state/selectors';
import { useStore } from '../../state/useStore';
import { useStateCounts } from '../Summary';
import { MaskedGlyph } from './Defs';
import { DASHES, legendMeaning } from './glyphs';
import { GlyphShape } from './GlyphShape';
import { AttackerLegend } from '../attacker/AttackerLegend';

/**
 * The always-visible legend: one row of every state's colour, dash pattern, glyph, name and
 * whether it is safe; "Meanings" opens what each state means. While a predict question is open
 * it also explains the neutral "?" of the hidden paths.
 */
export function Legend() {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const mask = useStore(selectPredictMask);
  const { counts, hidden } = useStateCounts();
  return (
    <section
      className="kp-legend"
      aria-labelledby="kp-legend-title"
      data-testid="legend"
      data-expanded={open}
    >
      <h2 id="kp-legend-title" className="kp-legend-title">
        Path states
      </h2>
      <ul
        id={listId}
        className="kp-legend-items"
        aria-label="Path instances per state"
        data-testid="state-counts"
      >
        {STATES.map((s) => (
          <li key={s} data-state={s}>
            <svg
              className="kp-legend-sample"
              viewBox="0 0 58 20"
              width="40"
              height="14"
              aria-hidden="true"
            >
              <line
                x1="2"
                y1="10"
                x2="32"
                y2="10"
                className="kp-path"
                data-state={s}
                strokeDasharray={DASHES[s]}
              />
              <g transform="translate(38 1) scale(1.1)" className="kp-glyph" data-state={s}>
                <circle cx="8" cy="8" r="9" className="kp-glyph-bg" />
                <GlyphShape state={s} />
              </g>
            </svg>
            <span className="kp-legend-name">{s}</span>
            <span className="kp-legend-count" data-count-state={s}>
              {counts[s]}
            </span>
            {s !== 'disabled' ? (
              <span className="kp-legend-safety">{isSafe(s) ? 'safe' : 'at risk'}</span>
            ) : null}
            <span className="kp-legend-meaning">{legendMeaning(s)}</span>
          </li>
        ))}
        {mask ? (
          <li data-state="masked">
            <svg
              className="kp-legend-sample"
              viewBox="0 0 58 20"
              width="40"
              height="14"
              aria-hidden="true"
            >
              <line x1="2" y1="10" x2="32" y2="10" className="kp-path" data-state="masked" />
              <g transform="translate(38 1) scale(1.1)" className="kp-glyph" data-state="masked">
                <circle cx="8" cy="8" r="9" className="kp-glyph-bg" />
                <MaskedGlyph />
              </g>
            </svg>
            <span className="kp-legend-name">hidden</span>
            <span className="kp-legend-count" data-count-state="masked">
              {hidden}
            </span>
            <span className="kp-legend-meaning">
              changed since the last step: answer the question to see it
            </span>
          </li>
        ) : null}
        {/* One more channel (attacker positions) gets its own item here. */}
      </ul>
      <button
        type="button"
        className="kp-legend-more"
        aria-expanded={open}
        aria-controls={listId}
        title={open ? 'Hide what the states mean' : 'What the states mean'}
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true" className="kp-legend-i">
          {open ? '×' : 'i'}
        </span>
        <span className="visually-hidden">What the states mean</span>
      </button>
      <p className="kp-legend-note">
        Arrows point from the side that opens the connection. Paths riding Konnectivity or SSH run
        in the tunnel&apos;s lanes.
      </p>
      <AttackerLegend />
    </section>
  );
}
