import type { PathState } from '../../model/types';
import { GLYPHS } from './glyphs';

/** The strokes of a state glyph, in a 16×16 box; colour comes from CSS `color`. */
export function GlyphShape({ state }: { state: PathState }) {
  return (
    <>
      {GLYPHS[state].map((p) => (
        <path key={p.d} d={p.d} className={p.fill ? 'kp-glyph-fill' : 'kp-glyph-stroke'} />
      ))}
    </>
  );
}
