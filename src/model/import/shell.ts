/** A word of a command line and the 1-based line it starts on. */
export interface Token {
  readonly text: string;
  readonly line: number;
}

/** Shell-like words: quotes, backslash escapes and `\` line continuations, `#` comments. */
export interface Tokens {
  readonly tokens: readonly Token[];
  /** Line of a quote that never closed (the rest of the text became one word). */
  readonly unclosedQuoteLine?: number;
}

/** Splits text into words the way sh and systemd do for ExecStart (enough for flags). */
export function shellTokens(text: string, firstLine = 1): Tokens {
  const tokens: Token[] = [];
  let line = firstLine;
  let cur = '';
  let inWord = false;
  let start = line;
  let quote: '"' | "'" | null = null;
  let quoteLine = line;
  const end = () => {
    if (inWord) tokens.push({ text: cur, line: start });
    cur = '';
    inWord = false;
  };
  const begin = () => {
    if (!inWord) {
      inWord = true;
      start = line;
    }
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\n') line++;
      if (c === quote) quote = null;
      else if (c === '\\' && quote === '"' && i + 1 < text.length) {
        const n = text[i + 1]!;
        if (n === '\n') {
          line++;
          i++;
        } else if (n === '"' || n === '\\' || n === '$' || n === '`') {
          cur += n;
          i++;
        } else cur += c;
      } else cur += c;
      continue;
    }
    if (c === '\\') {
      const n = text[i + 1];
      if (n === '\n' || (n === '\r' && text[i + 2] === '\n')) {
        i += n === '\r' ? 2 : 1;
        line++;
        continue;
      }
      if (n !== undefined) {
        begin();
        cur += n;
        i++;
      }
      continue;
    }
    if (c === '\n') {
      end();
      line++;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r' || c === '\f' || c === '\v') {
      end();
      continue;
    }
    if (c === '#' && !inWord) {
      while (i + 1 < text.length && text[i + 1] !== '\n') i++;
      continue;
    }
    if (c === '"' || c === "'") {
      begin();
      quote = c;
      quoteLine = line;
      continue;
    }
    begin();
    cur += c;
  }
  if (quote) inWord = true;
  end();
  return quote ? { tokens, unclosedQuoteLine: quoteLine } : { tokens };
}
