/**
 * Replaces every `var(--name)` / `var(--name, fallback)` in CSS text by its value from `lookup`
 * (the live page's computed custom properties), so an exported SVG is standalone. Values that are
 * themselves var() references are resolved too (bounded depth: no loops on self-reference).
 */
export function resolveCssVars(css: string, lookup: (name: string) => string, depth = 8): string {
  let out = css;
  for (let i = 0; i < depth && out.includes('var('); i++) out = resolveOnce(out, lookup);
  return out;
}

function resolveOnce(css: string, lookup: (name: string) => string): string {
  let result = '';
  let i = 0;
  while (i < css.length) {
    const at = css.indexOf('var(', i);
    if (at < 0) break;
    result += css.slice(i, at);
    // Find the matching parenthesis (fallbacks may contain nested parentheses).
    let level = 0;
    let end = at + 3;
    for (; end < css.length; end++) {
      if (css[end] === '(') level++;
      else if (css[end] === ')' && --level === 0) break;
    }
    const inner = css.slice(at + 4, end);
    const comma = inner.indexOf(',');
    const name = (comma < 0 ? inner : inner.slice(0, comma)).trim();
    const fallback = comma < 0 ? '' : inner.slice(comma + 1).trim();
    const value = lookup(name).trim();
    result += value !== '' ? value : fallback !== '' ? fallback : 'initial';
    i = end + 1;
  }
  return result + css.slice(i);
}
