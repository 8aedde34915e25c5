import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { formatTarget, type KeyTarget } from '../model/config';
import {
  importFiles,
  MAX_INPUT,
  type ImportError,
  type ImportSuccess,
  type Provenance,
} from '../model/import';
import type { PresetName } from '../model/presets';

/** The name imported values from `-` carry in provenance and messages. */
export const STDIN_NAME = '(stdin)';

/**
 * Reads FILE arguments and imports them over the base preset; errors name file and line. `-` is
 * standard input, which the caller has already read (asynchronously: a synchronous read of a
 * non-blocking stdin would spin on EAGAIN). `texts` are the imported texts by name.
 */
export function importPaths(
  paths: readonly string[],
  base: PresetName,
  stdin?: Buffer,
  poolGroups: readonly { readonly name: string; readonly files: readonly string[] }[] = [],
):
  | { ok: true; value: ImportSuccess; texts: Readonly<Record<string, string>> }
  | { ok: false; errors: string[] } {
  const inputs: { name: string; text: string }[] = [];
  const errors: string[] = [];
  for (const path of paths) {
    const r = path === '-' ? checkText(stdinBuffer(stdin)) : readOne(path);
    if (typeof r === 'string') errors.push(`${path}: ${r}`);
    else inputs.push({ name: path === '-' ? STDIN_NAME : path, text: r.text });
  }
  if (errors.length > 0) return { ok: false, errors };
  const nameOf = (path: string) => (path === '-' ? STDIN_NAME : path);
  const pools = poolGroups.map((g) => ({ name: g.name, files: g.files.map(nameOf) }));
  const result = importFiles(inputs, base, { pools });
  if (!result.ok) return { ok: false, errors: result.errors.map(formatError) };
  return {
    ok: true,
    value: result,
    texts: Object.fromEntries(inputs.map((i) => [i.name, i.text])),
  };
}

function stdinBuffer(stdin: Buffer | undefined): Buffer {
  if (stdin === undefined) throw new Error('"-" was given but standard input was not read');
  return stdin;
}

/** `file:line: message`, the form editors and CI logs link. */
export function formatError(e: ImportError): string {
  return `${e.file}${e.line !== undefined ? `:${e.line}` : ''}: ${e.message}`;
}

/** The text of an input, or why it is not a text configuration file. */
function checkText(buf: Buffer): { text: string } | string {
  if (buf.length > MAX_INPUT) return 'input is over the 5 MB limit';
  const nul = buf.indexOf(0);
  if (nul >= 0)
    return `binary data (a NUL byte at line ${buf.subarray(0, nul).toString('latin1').split('\n').length}), not a text configuration file`;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf) };
  } catch {
    return 'binary data: not valid UTF-8 text';
  }
}

function readOne(path: string): { text: string } | string {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const st = fstatSync(fd);
    if (st.isDirectory()) return 'is a directory, not a file';
    if (st.isFile() && st.size > MAX_INPUT)
      return `file is ${(st.size / 1024 / 1024).toFixed(1)} MB, over the 5 MB limit`;
    // Read at most one byte past the limit, so a huge pipe or device cannot exhaust memory.
    return checkText(st.isFile() ? readFileSync(fd) : readBounded(fd));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EACCES'
          ? 'permission denied'
          : code === 'EISDIR'
            ? 'is a directory, not a file'
            : (e as Error).message;
    return `cannot read: ${why}`;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Reads a pipe or device opened here (so blocking: no EAGAIN to spin on), up to the limit. */
function readBounded(fd: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  const chunk = Buffer.alloc(64 * 1024);
  for (;;) {
    let n: number;
    try {
      n = readSync(fd, chunk, 0, chunk.length, null);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EOF') break;
      throw e;
    }
    if (n === 0) break;
    chunks.push(Buffer.from(chunk.subarray(0, n)));
    total += n;
    if (total > MAX_INPUT) break;
  }
  return Buffer.concat(chunks);
}

/** Provenance after --set: a key set on the command line says so. */
export function withSets(
  provenance: ImportSuccess['provenance'],
  sets: readonly KeyTarget[],
): Record<string, Provenance | { kind: 'set'; setting: string }> {
  const out: Record<string, Provenance | { kind: 'set'; setting: string }> = { ...provenance };
  for (const s of sets) out[formatTarget(s)] = { kind: 'set', setting: `--set ${formatTarget(s)}` };
  return out;
}
