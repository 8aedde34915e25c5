import { STATES } from '../../model/types';
import { DASHES, legendMeaning } from './glyphs';
import { GlyphShape } from './GlyphShape';
import { AttackerLegend } from '../attacker/AttackerLegend';

/** The always-visible legend: every state with its colour, dash pattern, glyph and meaning. */
export function Legend() {
  return (
    <section className="kp-legend" aria-labelledby="kp-legend-title" data-testid="legend">
      <h2 id="kp-legend-title" className="kp-legend-title">
        Path states
      </h2>
      <ul>
        {STATES.map((s) => (
          <li key={s} data-state={s}>
            <svg className="kp-legend-sample" viewBox="0 0 64 20" width="64" height="20" aria-hidden="true">
              <line x1="2" y1="10" x2="36" y2="10" className="kp-path" data-state={s} strokeDasharray={DASHES[s]} />
              <g transform="translate(42 1) scale(1.1)" className="kp-glyph" data-state={s}>
                <circle cx="8" cy="8" r="9" className="kp-glyph-bg" />
                <GlyphShape state={s} />
              </g>
            </svg>
            <span className="kp-legend-name">{s}</span>
            <span className="kp-legend-meaning">
              {legendMeaning(s)}
            </span>
          </li>
        ))}
      </ul>
      <p className="kp-legend-note">
        Arrows point from the side that opens the connection. Paths riding Konnectivity or SSH are drawn through the
        tunnel.
      </p>
      <AttackerLegend />
    </section>
  );
}
