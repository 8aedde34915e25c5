import { describe, expect, it } from 'vitest';
import type { PathState } from '../../model/types';
import { legendMeaning } from './glyphs';

// DOMAIN.md §3: `safe` is true exactly for secure and tunneled; a disabled path does not exist.
describe('legendMeaning, the text both legends show', () => {
  it.each<[PathState, string]>([
    ['secure', 'safe on an untrusted network'],
    ['tunneled', 'safe on an untrusted network'],
    ['unverified', 'not safe on an untrusted network'],
    ['plaintext', 'not safe on an untrusted network'],
    ['broken', 'not safe on an untrusted network'],
  ])('%s ends "%s"', (state, tail) => {
    expect(legendMeaning(state).endsWith(` · ${tail}`)).toBe(true);
  });

  it('says nothing of safety for a path that does not exist', () => {
    expect(legendMeaning('disabled')).not.toMatch(/safe/);
  });
});
