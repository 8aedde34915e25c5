import type { PathState } from '../model/types';
import { GlyphShape } from './graph/GlyphShape';

/** A state as glyph + word + colour (never colour alone). The glyph is SVG: no emoji font needed. */
export function StateBadge({ state }: { readonly state: PathState }) {
  return (
    <span className="state-badge" data-state={state}>
      <svg className="state-glyph" viewBox="0 0 16 16" width="1em" height="1em" aria-hidden="true" focusable="false">
        <GlyphShape state={state} />
      </svg>
      {state}
    </span>
  );
}

/** The badge of a state hidden until a predict question is answered: the same for every state. */
export function MaskedBadge() {
  return (
    <span className="state-badge" data-state="masked">
      <span aria-hidden="true">? </span>hidden
    </span>
  );
}
