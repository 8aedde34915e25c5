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

/** Reads FILE arguments (`-` is stdin) and imports them over the base preset; errors name file and line. */
export function importPaths(
  paths: readonly string[],
  base: PresetName,
): { ok: true; value: ImportSuccess } | { ok: false; errors: string[] } {
  const inputs: { name: string; text: string }[] = [];
  const errors: string[] = [];
  for (const path of paths) {
    const r = readOne(path);
    if (typeof r === 'string') errors.push(`${path}: ${r}`);
    else inputs.push({ name: path === '-' ? '(stdin)' : path, text: r.text });
  }
  if (errors.length > 0) return { ok: false, errors };
  const result = importFiles(inputs, base);
  if (!result.ok) return { ok: false, errors: result.errors.map(formatError) };
  return { ok: true, value: result };
}

/** `file:line: message`, the form editors and CI logs link. */
export function formatError(e: ImportError): string {
  return `${e.file}${e.line !== undefined ? `:${e.line}` : ''}: ${e.message}`;
}

function readOne(path: string): { text: string } | string {
  let fd: number | undefined;
  try {
    fd = path === '-' ? 0 : openSync(path, 'r');
    const st = fstatSync(fd);
    if (st.isDirectory()) return 'is a directory, not a file';
    if (st.isFile() && st.size > MAX_INPUT)
      return `file is ${(st.size / 1024 / 1024).toFixed(1)} MB, over the 5 MB limit`;
    // Read at most one byte past the limit, so a huge pipe or device cannot exhaust memory.
    const buf = st.isFile() ? readFileSync(fd) : readBounded(fd);
    if (buf.length > MAX_INPUT) return 'input is over the 5 MB limit';
    const nul = buf.indexOf(0);
    if (nul >= 0)
      return `binary data (a NUL byte at line ${buf.subarray(0, nul).toString('latin1').split('\n').length}), not a text configuration file`;
    try {
      return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf) };
    } catch {
      return 'binary data: not valid UTF-8 text';
    }
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
    if (fd !== undefined && fd !== 0) closeSync(fd);
  }
}

function readBounded(fd: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  const chunk = Buffer.alloc(64 * 1024);
  for (;;) {
    let n: number;
    try {
      n = readSync(fd, chunk, 0, chunk.length, null);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') continue;
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
