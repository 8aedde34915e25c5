/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Read as text from disk (Vitest hands CSS imports over empty).
const css = readFileSync(new URL('./theme.css', import.meta.url), 'utf8');

/** The declarations of the first rule whose selector is exactly `selector`, as a name → value map. */
function declarations(selector: string): Record<string, string> {
  const at = css.indexOf(`${selector} {`);
  if (at < 0) throw new Error(`theme.css has no rule ${selector}`);
  const body = css.slice(css.indexOf('{', at) + 1, css.indexOf('}', at));
  return Object.fromEntries(
    body
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => [d.slice(0, d.indexOf(':')).trim(), d.slice(d.indexOf(':') + 1).trim()]),
  );
}

describe('the dark theme before the page script runs', () => {
  it('the prefers-color-scheme block sets every dark token, to the same values as [data-theme=dark]', () => {
    const media = css.slice(css.indexOf('@media (prefers-color-scheme: dark)'));
    expect(media).toMatch(/^@media \(prefers-color-scheme: dark\) \{\s*:root:not\(\[data-theme\]\) \{/);
    const dark = declarations("[data-theme='dark']");
    expect(Object.keys(dark).length).toBeGreaterThan(10);
    expect(declarations(':root:not([data-theme])')).toEqual(dark);
  });
});
