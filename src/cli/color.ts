/**
 * Whether to colour the table: FORCE_COLOR forces it (except FORCE_COLOR=0 or false, which turn it
 * off, as in Node and supports-color), else NO_COLOR set to anything non-empty turns it off
 * (no-color.org), else TERM=dumb turns it off, else colour when stdout is a terminal.
 */
export function wantsColor(
  env: Readonly<Record<string, string | undefined>>,
  isTTY: boolean,
): boolean {
  const force = env['FORCE_COLOR'];
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  if (env['TERM'] === 'dumb') return false;
  return isTTY;
}
