import { STATE_GLYPHS } from '../model/report';
import type { PathState } from '../model/types';

/** A state as glyph + word + colour (never colour alone). */
export function StateBadge({ state }: { readonly state: PathState }) {
  return (
    <span className="state-badge" data-state={state}>
      <span className="state-glyph" aria-hidden="true">
        {STATE_GLYPHS[state]}
      </span>
      {state}
    </span>
  );
}
