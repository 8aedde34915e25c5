import type { Fonts } from './text';

/** How much the diagram draws: secondary labels, glyphs and arrowheads appear as text grows on screen. */
export type Detail = 'low' | 'medium' | 'high';

/**
 * Level of detail from the zoom factor `k` and the drawing's fonts: secondary labels only when
 * they render at least `minPx` CSS px tall (11 on a desktop, 14 on a projector); glyphs and
 * arrowheads only while names are at least 6 px. Names of components and pools are always drawn.
 */
export function detailLevel(k: number, fonts: Fonts, minPx: number): Detail {
  if (fonts.secondary * k >= minPx - 1e-6) return 'high';
  if (fonts.primary * k >= 6) return 'medium';
  return 'low';
}
