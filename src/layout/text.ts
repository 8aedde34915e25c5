/** Font sizes of a drawing, in diagram units (× the zoom scale = CSS px on screen). */
export interface Fonts {
  /** Names of components and pools: never hidden (nor are the bundles' labels). */
  readonly primary: number;
  /** Ports, node names, subtitles and zone labels: hidden when they would render too small. */
  readonly secondary: number;
  /** The apiserver's own name. */
  readonly hub: number;
  /** What each bundle of paths carries, across the band. */
  readonly bundle: number;
}

/** Wide drawings (desktop, projector) and narrow ones (phones, narrow embeds). */
export const FONTS: Readonly<Record<'wide' | 'narrow', Fonts>> = {
  wide: { primary: 14, secondary: 12, hub: 19, bundle: 14 },
  narrow: { primary: 11, secondary: 10.5, hub: 13, bundle: 10.5 },
};

/**
 * A generous estimate of a text's width (no DOM in layout code): DejaVu Sans, the widest of the
 * usual sans-serif fonts, averages about 0.52 em per character in English text (0.64 bold): 0.55 leaves a margin.
 */
export function textWidth(text: string, size: number, bold = false): number {
  return text.length * size * (bold ? 0.64 : 0.55);
}

/** `text` shortened with an ellipsis so that it fits `width` at `size`. */
export function fitText(text: string, size: number, width: number, bold = false): string {
  if (textWidth(text, size, bold) <= width) return text;
  const chars = Math.max(1, Math.floor(width / (size * (bold ? 0.64 : 0.55))) - 1);
  return `${text.slice(0, chars)}…`;
}
