import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importFiles } from './importFiles';
import type { ImportFailure, ImportSuccess } from './types';

/** Reads a fixture file (tests only). */
export const fixture = (name: string): string => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');

/** Imports named texts over kubeadm and expects success (tests only). */
export function ok(...files: [string, string][]): ImportSuccess {
  const r = importFiles(files.map(([name, text]) => ({ name, text })), 'kubeadm');
  if (!r.ok) throw new Error(`expected success, got ${JSON.stringify(r.errors)}`);
  return r;
}

/** Imports named texts and expects failure (tests only). */
export function bad(...files: [string, string][]): ImportFailure {
  const r = importFiles(files.map(([name, text]) => ({ name, text })), 'kubeadm');
  if (r.ok) throw new Error('expected errors, got success');
  return r;
}
