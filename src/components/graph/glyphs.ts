import { isSafe, type PathState } from '../../model/types';

/** One stroke of a state glyph (16×16 box); `fill` strokes are solid shapes. */
export interface GlyphPart {
  readonly d: string;
  readonly fill?: boolean;
}

/** The second channel besides colour: padlock, chain, warning, open padlock, cross, no-entry. */
export const GLYPHS: Readonly<Record<PathState, readonly GlyphPart[]>> = {
  secure: [
    { d: 'M5.2 7.5V5.4a2.8 2.8 0 0 1 5.6 0v2.1' },
    { d: 'M3.2 7.5h9.6v6.8H3.2z', fill: true },
  ],
  tunneled: [
    { d: 'M3.8 5.2h3a2.8 2.8 0 0 1 0 5.6h-3a2.8 2.8 0 0 1 0-5.6z' },
    { d: 'M9.2 5.2h3a2.8 2.8 0 0 1 0 5.6h-3a2.8 2.8 0 0 1 0-5.6z' },
  ],
  unverified: [{ d: 'M8 1.8L14.8 14H1.2z' }, { d: 'M8 6.2v3.9M8 12v.1' }],
  plaintext: [
    { d: 'M5.2 7.5V4.4a2.8 2.8 0 0 1 5.6 0' },
    { d: 'M3.2 7.5h9.6v6.8H3.2z', fill: true },
  ],
  broken: [{ d: 'M3.5 3.5l9 9M12.5 3.5l-9 9' }],
  disabled: [{ d: 'M8 2.2a5.8 5.8 0 1 0 0 11.6A5.8 5.8 0 1 0 8 2.2zM3.9 12.1l8.2-8.2' }],
};

/** The dash pattern of each state, in stroke widths (solid = no dash). */
export const DASHES: Readonly<Record<PathState, string | undefined>> = {
  secure: undefined,
  tunneled: '14 4 3 4',
  unverified: '9 6',
  plaintext: '1 5',
  broken: '5 3 1 3 1 3',
  disabled: '1 7',
};

/** Plain-words meaning of each state for the legend (DOMAIN.md §3). */
const STATE_MEANINGS: Readonly<Record<PathState, string>> = {
  secure: 'encrypted, server verified, caller authenticated',
  tunneled: 'inside a tunnel whose two ends authenticate each other',
  unverified: 'encrypted, but one end is not authenticated',
  plaintext: 'neither encrypted nor authenticated',
  broken: 'configured so the connection fails',
  disabled: 'does not exist in this configuration (faint; hidden when zoomed out)',
};

/**
 * What a legend says of a state: its meaning and, unless the path is absent, whether it is safe on
 * an untrusted network. The page's legend and the exported file's both read it.
 */
export function legendMeaning(state: PathState): string {
  if (state === 'disabled') return STATE_MEANINGS[state];
  return `${STATE_MEANINGS[state]} · ${isSafe(state) ? 'safe' : 'not safe'} on an untrusted network`;
}
