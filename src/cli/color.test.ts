import { describe, expect, it } from 'vitest';
import { wantsColor } from './color';

// Expected values from the conventions themselves: no-color.org (NO_COLOR set and non-empty
// disables colour), Node's tty.getColorDepth and supports-color (FORCE_COLOR wins over NO_COLOR;
// FORCE_COLOR=0 or false disables, any other value, empty included, enables), TERM=dumb disables.
describe('wantsColor', () => {
  it.each([
    [{}, true, true],
    [{}, false, false],
    [{ NO_COLOR: '1' }, true, false],
    [{ NO_COLOR: 'anything' }, true, false],
    [{ NO_COLOR: '' }, true, true],
    [{ FORCE_COLOR: '1' }, false, true],
    [{ FORCE_COLOR: '' }, false, true],
    [{ FORCE_COLOR: '3' }, false, true],
    [{ FORCE_COLOR: '0' }, true, false],
    [{ FORCE_COLOR: 'false' }, true, false],
    [{ FORCE_COLOR: '1', NO_COLOR: '1' }, false, true],
    [{ TERM: 'dumb' }, true, false],
    [{ TERM: 'dumb', FORCE_COLOR: '1' }, false, true],
  ])('env %j with a TTY=%s colours: %s', (env, isTTY, expected) => {
    expect(wantsColor(env, isTTY)).toBe(expected);
  });
});
