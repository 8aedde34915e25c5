import { describe, expect, it } from 'vitest';
import { resolveCssVars } from './cssVars';

const vars: Record<string, string> = {
  '--bg': '#ffffff',
  '--state-secure': ' #007a5a',
  '--border': 'var(--text)',
  '--text': '#1b1f24',
  '--loop': 'var(--loop)',
};
const lookup = (name: string) => vars[name] ?? '';

describe('resolveCssVars', () => {
  it.each([
    ['.a { fill: var(--bg); }', '.a { fill: #ffffff; }'],
    ['.a { stroke: var(--state-secure) }', '.a { stroke: #007a5a }'],
    ['.a { stroke: var(--border); }', '.a { stroke: #1b1f24; }'],
    ['.a { fill: var(--missing, #123456); }', '.a { fill: #123456; }'],
    ['.a { fill: var(--missing, var(--bg)); }', '.a { fill: #ffffff; }'],
    ['.a { fill: var(--missing); }', '.a { fill: initial; }'],
    ['.a { font: 600 18px var(--missing, a, b); }', '.a { font: 600 18px a, b; }'],
    ['.a { fill: rgb(1 2 3); }', '.a { fill: rgb(1 2 3); }'],
  ])('resolves %s', (css, out) => {
    expect(resolveCssVars(css, lookup)).toBe(out);
  });

  it('stops on a self-referencing property instead of looping', () => {
    expect(resolveCssVars('.a { fill: var(--loop); }', lookup, 3)).toContain('var(--loop)');
  });
});
