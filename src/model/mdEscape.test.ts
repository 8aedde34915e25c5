import { describe, expect, it } from 'vitest';
import { mdEscape } from './report';

// GitHub-flavoured Markdown: an unescaped | ends a table cell and a newline ends the row.
describe('mdEscape, shared by the report and the plan in Markdown', () => {
  it.each([
    ['a|b', 'a\\|b'],
    ['line one\nline two', 'line one line two'],
    ['--authorization-mode=Node|RBAC\n', '--authorization-mode=Node\\|RBAC '],
    ['plain text', 'plain text'],
  ])('%j becomes %j', (text, want) => {
    expect(mdEscape(text)).toBe(want);
  });
});
