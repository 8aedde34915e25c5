import { memo } from 'react';
import { STATES } from '../../model/types';
import { GlyphShape } from './GlyphShape';

/** Arrowheads per state, glyph symbols and the hatch of an untrusted band: defined once, referenced everywhere. */
export const Defs = memo(function Defs() {
  return (
    <defs>
      {STATES.map((s) => (
        <marker
          key={s}
          id={`kp-arrow-${s}`}
          className={`kp-arrow kp-arrow-${s}`}
          viewBox="0 0 10 10"
          refX="8"
          refY="5"
          markerWidth="4.5"
          markerHeight="4.5"
          orient="auto-start-reverse"
        >
          <path d="M0,0.5L10,5L0,9.5z" />
        </marker>
      ))}
      <marker id="kp-arrow-context" className="kp-arrow kp-arrow-context" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="6" markerHeight="6" orient="auto">
        <path d="M0,0.5L10,5L0,9.5z" />
      </marker>
      {STATES.map((s) => (
        <symbol key={s} id={`kp-glyph-${s}`} viewBox="-2 -2 20 20">
          <circle cx="8" cy="8" r="9.5" className="kp-glyph-bg" />
          <GlyphShape state={s} />
        </symbol>
      ))}
      <pattern id="kp-hatch" width="14" height="14" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="14" height="14" className="kp-hatch-bg" />
        <line x1="0" y1="0" x2="0" y2="14" className="kp-hatch-line" />
      </pattern>
    </defs>
  );
});
