import { splitCommands, type CommandLine } from './binaries';
import { shellTokens, type Token } from './shell';
import type { ImportWarning } from './types';

/** True when text looks like a systemd unit or drop-in (sections or ExecStart=). */
export function looksLikeUnit(text: string): boolean {
  return (
    /^[ \t]*\[(Unit|Service|Install)\][ \t]*\r?$/m.test(text) ||
    /^[ \t]*ExecStart[ \t]*=/m.test(text)
  );
}

interface Logical {
  readonly key: string;
  readonly value: string;
  /** Line of the key; the value may continue on following lines. */
  readonly line: number;
}

// Joins `\` continuations but keeps the raw value so the tokeniser can count lines.
function logicalLines(text: string): Logical[] {
  const lines = text.split('\n');
  const out: Logical[] = [];
  for (let i = 0; i < lines.length; i++) {
    const first = lines[i]!;
    const startLine = i + 1;
    let raw = first;
    while (/\\\r?$/.test(lines[i] ?? '') && i + 1 < lines.length) {
      i++;
      raw += '\n' + lines[i]!;
    }
    const m = /^[ \t]*([A-Za-z][\w-]*)[ \t]*=(.*)$/s.exec(raw);
    if (m && !/^[ \t]*[#;]/.test(first)) out.push({ key: m[1]!, value: m[2]!, line: startLine });
  }
  return out;
}

/** Reads the binaries' flags from a unit: the last ExecStart, with Environment= variables expanded. */
export function parseUnit(
  text: string,
  file: string,
): { commands: CommandLine[]; warnings: ImportWarning[] } {
  const warnings: ImportWarning[] = [];
  const env = new Map<string, Token[]>();
  let exec: Logical | null = null;
  for (const l of logicalLines(text)) {
    if (l.key === 'Environment') {
      for (const t of shellTokens(l.value, l.line).tokens) {
        const eq = t.text.indexOf('=');
        if (eq <= 0) continue;
        env.set(
          t.text.slice(0, eq),
          shellTokens(t.text.slice(eq + 1), t.line).tokens.map((x) => ({
            text: x.text,
            line: t.line,
          })),
        );
      }
    } else if (l.key === 'ExecStart') {
      // An empty ExecStart= resets the list (drop-ins do this before setting their own).
      exec = l.value.trim() === '' ? null : l;
    }
  }
  if (!exec) return { commands: [], warnings };
  const tokens = shellTokens(exec.value.replace(/^\s*[-@+!:]+(?=\S)/, ''), exec.line);
  if (tokens.unclosedQuoteLine !== undefined) {
    warnings.push({
      message: 'a quote in ExecStart= is never closed',
      file,
      line: tokens.unclosedQuoteLine,
    });
  }
  const words: Token[] = [];
  for (const t of tokens.tokens) {
    const v = /^\$\{?([A-Za-z_]\w*)\}?$/.exec(t.text);
    if (!v) {
      words.push(t);
      continue;
    }
    const value = env.get(v[1]!);
    if (value) words.push(...value);
    else {
      warnings.push({
        message: `ExecStart uses $${v[1]} but this file does not define it (an EnvironmentFile= may): the flags it holds are not known`,
        file,
        line: t.line,
      });
    }
  }
  const split = splitCommands(words);
  if (split.unnamed && split.commands.length === 0) {
    warnings.push({ message: 'ExecStart= does not name a known binary', file, line: exec.line });
  }
  return { commands: [...split.commands], warnings };
}
