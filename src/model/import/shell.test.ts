import { describe, expect, it } from 'vitest';
import { shellTokens } from './shell';

const words = (text: string, firstLine?: number) => shellTokens(text, firstLine).tokens.map((t) => `${t.text}@${t.line}`);

// POSIX sh word splitting (the subset ExecStart= and pasted command lines use): blanks separate
// words; '…' keeps everything literally; "…" keeps everything but \" \\ \$ \` and a \newline
// (removed); outside quotes \x is x and \newline joins lines; # starts a comment only at a word's start.
describe('shellTokens', () => {
  it.each<[string, string, string[]]>([
    ['blanks of every kind separate words', 'a b\tc\rd\fe\vf', ['a@1', 'b@1', 'c@1', 'd@1', 'e@1', 'f@1']],
    ['single quotes keep backslashes and blanks', "'a \\\" b'", ['a \\" b@1']],
    ['double quotes unescape \\" \\\\ \\$ \\` only', '"\\" \\\\ \\$ \\` \\n"', ['" \\ $ ` \\n@1']],
    ['a backslash-newline inside double quotes vanishes', '"a\\\nb" c', ['ab@1', 'c@2']],
    ['a newline inside quotes stays in the word, counted as a line', "'a\nb' c", ['a\nb@1', 'c@2']],
    ['outside quotes \\x is x', 'a\\ b \\$HOME', ['a b@1', '$HOME@1']],
    ['a backslash-newline joins lines (LF and CRLF)', 'kubelet \\\n--a=1 \\\r\n--b=2', ['kubelet@1', '--a=1@2', '--b=2@3']],
    ['# starts a comment at a word start, not inside a word', 'a #comment b\nc d#e', ['a@1', 'c@2', 'd#e@2']],
    ['quotes join with what touches them', 'a"b c"d', ['ab cd@1']],
    ['an empty quoted word is a word', "a '' b", ['a@1', '@1', 'b@1']],
    ['a trailing backslash is dropped', 'a\\', ['a@1']],
  ])('%s', (_, text, want) => {
    expect(words(text)).toEqual(want);
  });

  it('starts counting at the line given', () => {
    expect(words('a\nb', 10)).toEqual(['a@10', 'b@11']);
  });

  it('reports the line where an unclosed quote opened, keeping the rest as one word', () => {
    expect(shellTokens('a\nb "c\nd e')).toEqual({ tokens: [{ text: 'a', line: 1 }, { text: 'b', line: 2 }, { text: 'c\nd e', line: 2 }], unclosedQuoteLine: 2 });
    expect(shellTokens("'")).toEqual({ tokens: [{ text: '', line: 1 }], unclosedQuoteLine: 1 });
    expect('unclosedQuoteLine' in shellTokens('a "b"')).toBe(false);
  });
});
