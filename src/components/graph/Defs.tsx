import { memo } from 'react';
import { STATES } from '../../model/types';
import { GlyphShape } from './GlyphShape';

/** The drawn states: the six path states, and `masked` (hidden until a predict question is answered). */
const DRAWN = [...STATES, 'masked'] as const;

/** The neutral "?" of a masked path: the same shape whatever the state it hides. */
export function MaskedGlyph() {
  return (
    <>
      <path d="M5.6 6a2.5 2.5 0 1 1 3.6 2.2c-.8.4-1.2 1-1.2 1.9v.5" className="kp-glyph-stroke" />
      <path d="M8 12.6v.1" className="kp-glyph-stroke" />
    </>
  );
}

/** Arrowheads per state, glyph symbols and the hatch of an untrusted band: defined once, referenced everywhere. */
export const Defs = memo(function Defs() {
  return (
    <defs>
      {DRAWN.map((s) => (
        <marker
          key={s}
          id={`kp-arrow-${s}`}
          className={`kp-arrow kp-arrow-${s}`}
          viewBox="0 0 10 10"
          refX="8"
          refY="5"
          markerWidth="3.6"
          markerHeight="3.6"
          orient="auto-start-reverse"
        >
          <path d="M0,0.5L10,5L0,9.5z" />
        </marker>
      ))}
      <marker
        id="kp-arrow-context"
        className="kp-arrow kp-arrow-context"
        viewBox="0 0 10 10"
        refX="8"
        refY="5"
        markerWidth="6"
        markerHeight="6"
        orient="auto"
      >
        <path d="M0,0.5L10,5L0,9.5z" />
      </marker>
      {DRAWN.map((s) => (
        <symbol key={s} id={`kp-glyph-${s}`} viewBox="-2 -2 20 20">
          <circle cx="8" cy="8" r="9.5" className="kp-glyph-bg" />
          {s === 'masked' ? <MaskedGlyph /> : <GlyphShape state={s} />}
        </symbol>
      ))}
      <pattern
        id="kp-hatch"
        width="14"
        height="14"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect width="14" height="14" className="kp-hatch-bg" />
        <line x1="0" y1="0" x2="0" y2="14" className="kp-hatch-line" />
      </pattern>
    </defs>
  );
});
