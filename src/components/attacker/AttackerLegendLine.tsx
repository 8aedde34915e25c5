import { POSITION_SPECS, POSITIONS, type Position } from '../../model/attackers';
import { WOULD_BE } from './words';

/** The legend's line for the attacker view's channel: halo and badge on what the picked position can exploit. */
export function AttackerLegendLine({ position }: { readonly position: Position }) {
  const spec = POSITION_SPECS[position];
  return (
    <p className="kp-legend-note kp-legend-attacker" data-testid="attacker-legend">
      <svg
        className="kp-legend-sample"
        viewBox="0 0 64 20"
        width="64"
        height="20"
        aria-hidden="true"
      >
        <path d="M6 10H42" className="kp-exposed-casing" data-present="true" />
        <path d="M6 10H42" className="kp-path" data-state="plaintext" />
        <g className="kp-exposed-badge" data-present="true" transform="translate(54 10)">
          <circle r="8" />
          <text fontSize="10" dy="0.36em">
            {spec.glyph}
          </text>
        </g>
      </svg>{' '}
      <strong>Attacker view:</strong> paths {spec.subject} can exploit get a halo and a badge with
      its glyph (
      {POSITIONS.map((p) => `${POSITION_SPECS[p].glyph} ${POSITION_SPECS[p].label}`).join(', ')});
      the others fade, their states unchanged. A dashed halo and a hollow badge: {WOULD_BE}.
    </p>
  );
}
