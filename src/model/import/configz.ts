import { LineCounter, parseDocument } from 'yaml';
import { BINARY_LABEL, splitCommands } from './binaries';
import { isPlaceholder } from './flags';
import { readKubeletFacts } from './kubeletFacts';
import type { FileRead } from './readFile';
import { shellTokens } from './shell';
import { stripPrompts } from './text';
import { YamlNav } from './yamlNav';

/** Nesting allowed in a configz object: the kubelet's is 5 deep; this bounds the parser's recursion. */
export const MAX_JSON_DEPTH = 64;

// The configz endpoint through the apiserver proxy, or the kubelet's own port.
const CONFIGZ_URL = /\/proxy\/configz\b|:10250\/configz\b/;

/**
 * True for the kubelet's live configuration as `kubectl get --raw /api/v1/nodes/NODE/proxy/configz`
 * prints it (`{"kubeletconfig": {...}}`), alone or pasted in a terminal session.
 */
export function looksLikeConfigz(text: string): boolean {
  // Without the wrapper (`| jq .kubeletconfig`), a configz command must come first: a JSON file
  // that merely mentions configz is some other object. A JSON list opens with `[` and a value; a
  // bracketed prompt (`[ops@bastion ~]$`) with a word.
  return (
    /"kubeletconfig"\s*:/.test(text) ||
    (CONFIGZ_URL.test(text) && /^\s*\{/m.test(text) && !/^\s*(\{|\[\s*[[{"\d\]-])/.test(text))
  );
}

// Terminal colours (jq colours its output on a terminal); removing them keeps every line.
// eslint-disable-next-line no-control-regex -- ESC is exactly what this matches
const ANSI = /\x1b\[[0-9;?]*[A-Za-z]/g;

/** A top-level JSON object found in the text: where it starts and ends, and the line it starts on. */
interface Span {
  readonly start: number;
  readonly end: number;
  readonly line: number;
}

/**
 * Reads every configz object of a text: each JSON object is one node. The node's name comes from
 * the `.../nodes/NODE/proxy/configz` command line before it, or a `node`/`nodeName` field beside
 * `kubeletconfig`. Prompts, commands and curl progress meters around the objects are skipped;
 * kubelet command lines among them are read as flags.
 */
export function readConfigz(raw: string, file: string): FileRead {
  const text = raw.replace(ANSI, '');
  const out: FileRead = { sources: [], kinds: [], ignored: [], warnings: [], errors: [] };
  const lineAt = lineIndex(text);
  const spans: Span[] = [];
  let from = 0;
  for (;;) {
    const start = nextObjectStart(text, from);
    if (start < 0) break;
    const line = lineAt(start);
    const scan = scanObject(text, start);
    if (scan.kind === 'open') {
      out.errors.push({
        file,
        line,
        message: 'this JSON object never closes (the text ends first)',
      });
      break;
    }
    if (scan.kind === 'deep') {
      out.errors.push({
        file,
        line,
        message: `this JSON object is nested more than ${MAX_JSON_DEPTH} levels deep; a configz answer has a few`,
      });
      break;
    }
    spans.push({ start, end: scan.end, line });
    from = scan.end;
  }
  let previousEnd = 0;
  let unnamed = 0;
  for (const span of spans) {
    const body = text.slice(span.start, span.end);
    const before = text.slice(previousEnd, span.start);
    previousEnd = span.end;
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch (e) {
      out.errors.push({
        file,
        line: span.line,
        message: `this JSON object does not parse: ${e instanceof Error ? e.message.slice(0, 120) : String(e)}`,
      });
      continue;
    }
    const wrapper = isObject(parsed) ? parsed : undefined;
    const inner = wrapper && isObject(wrapper.kubeletconfig) ? wrapper.kubeletconfig : undefined;
    // `... | jq .kubeletconfig` prints the configuration itself, without the wrapper.
    const bare = !inner && wrapper && fromConfigz(before) && looksLikeKubeletConfig(wrapper);
    if (!inner && !bare) {
      out.ignored.push(
        `JSON object (line ${span.line}): not a configz answer ({"kubeletconfig": {...}})`,
      );
      continue;
    }
    const lc = new LineCounter();
    const doc = parseDocument(body, { lineCounter: lc, uniqueKeys: false, prettyErrors: false });
    const nav = new YamlNav(doc, lc, span.line - 1);
    const root = nav.root();
    const config = bare ? root : nav.get(root, 'kubeletconfig');
    const r = readKubeletFacts(nav, config, file);
    out.errors.push(...r.errors);
    const node = nodeFrom(before) ?? nodeField(wrapper!);
    if (!node) unnamed++;
    out.kinds.push(`kubelet configz${node ? ` (node ${node})` : ''}`);
    out.sources.push({
      kind: 'kubelet-config',
      file,
      line: span.line,
      facts: r.facts,
      origin: 'configz',
      ...(node ? { node } : {}),
    });
  }
  if (out.sources.length === 0 && out.errors.length === 0) {
    out.errors.push({
      file,
      message: `no configz answer ({"kubeletconfig": {...}}) in this text${out.ignored.length > 0 ? `; found ${out.ignored.slice(0, 3).join('; ')}` : ''}`,
    });
  }
  if (unnamed > 1) {
    out.warnings.push({
      file,
      message: `${unnamed} configz answers name no node (no .../nodes/NODE/proxy/configz command before them): their pools are named after the file`,
    });
  }
  readCommandsAround(text, spans, file, out);
  return out;
}

// A `{` that starts a line (after blanks), from `from` (the end of the previous object) on.
function nextObjectStart(text: string, from: number): number {
  const re = /^[ \t\r]*\{/gm;
  re.lastIndex = from;
  const m = re.exec(text);
  return m ? m.index + m[0].length - 1 : -1;
}

// Finds the end of the JSON object starting at `start`, string-aware; bounded work and depth.
function scanObject(
  text: string,
  start: number,
): { kind: 'closed'; end: number } | { kind: 'open' } | { kind: 'deep' } {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      depth++;
      if (depth > MAX_JSON_DEPTH) return { kind: 'deep' };
    } else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) return { kind: 'closed', end: i + 1 };
    }
  }
  return { kind: 'open' };
}

function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const fromConfigz = (before: string) => CONFIGZ_URL.test(before);

const looksLikeKubeletConfig = (o: Record<string, unknown>) =>
  o.kind === 'KubeletConfiguration' || (isObject(o.authentication) && isObject(o.authorization));

// The node of the last `.../nodes/NODE/proxy/configz` before the object (a variable names none).
function nodeFrom(before: string): string | undefined {
  const all = [...before.matchAll(/\/nodes\/([^/\s"'`]+)\/proxy\/configz/g)];
  const name = all.at(-1)?.[1];
  return name && !isPlaceholder(name) && name.length <= 253 ? name : undefined;
}

function nodeField(o: Record<string, unknown>): string | undefined {
  for (const k of ['node', 'nodeName']) {
    const v = o[k];
    if (typeof v === 'string' && v !== '' && v.length <= 253) return v;
  }
  return undefined;
}

/**
 * Kubelet (or other) command lines among the objects, e.g. a `ps` line. In a session a command is
 * one line (or `\`-continued lines), so each is read alone: a bare `systemctl status kubelet` does
 * not take the flags of the next command.
 */
function readCommandsAround(text: string, spans: readonly Span[], file: string, out: FileRead) {
  const parts: string[] = [];
  let at = 0;
  for (const s of spans) {
    parts.push(text.slice(at, s.start), text.slice(s.start, s.end).replace(/[^\n]/g, ' '));
    at = s.end;
  }
  parts.push(text.slice(at));
  const lines = stripPrompts(parts.join('')).split('\n');
  for (let i = 0; i < lines.length; i++) {
    const first = i + 1;
    let logical = lines[i]!;
    while (/\\\r?$/.test(lines[i]!) && i + 1 < lines.length) logical += '\n' + lines[++i]!;
    if (!/--?[A-Za-z]/.test(logical)) continue;
    for (const cmd of splitCommands(shellTokens(logical, first).tokens).commands) {
      if (cmd.flags.flags.size === 0) continue;
      out.kinds.push(`${BINARY_LABEL[cmd.binary]} command line`);
      out.sources.push({ kind: 'command', file, cmd });
    }
  }
}
