/** How much the diagram draws: labels, glyphs and arrowheads appear as cards grow on screen. */
export type Detail = 'low' | 'medium' | 'high';

/**
 * Level of detail from the zoom factor `k` and the card scale (which shrinks with the node count):
 * what matters is how big a node card is on screen.
 */
export function detailLevel(k: number, cardScale: number): Detail {
  const onScreen = k * cardScale;
  if (onScreen >= 0.7) return 'high';
  if (onScreen >= 0.32) return 'medium';
  return 'low';
}
