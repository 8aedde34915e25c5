import { importFiles } from './importFiles';
import type { KubeletConfig } from '../types';
import type { ImportFailure, ImportSuccess, ImportWarning } from './types';

// Vite inlines the fixtures as text, so model tests need no node:fs.
const FIXTURES = import.meta.glob<string>('./fixtures/*', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** The text of a fixture file (tests only). */
export function fixture(name: string): string {
  const text = FIXTURES[`./fixtures/${name}`];
  if (text === undefined) throw new Error(`no fixture ${name}`);
  return text;
}

/** Imports named texts over kubeadm and expects success (tests only). */
export function ok(...files: [string, string][]): ImportSuccess {
  const r = importFiles(
    files.map(([name, text]) => ({ name, text })),
    'kubeadm',
  );
  if (!r.ok) throw new Error(`expected success, got ${JSON.stringify(r.errors)}`);
  return r;
}

/** Imports named texts and expects failure (tests only). */
export function bad(...files: [string, string][]): ImportFailure {
  const r = importFiles(
    files.map(([name, text]) => ({ name, text })),
    'kubeadm',
  );
  if (r.ok) throw new Error('expected errors, got success');
  return r;
}

/** The warnings of an import as `file:line: message` lines, in order (tests only). */
export const said = (r: { readonly warnings: readonly ImportWarning[] }): string[] =>
  r.warnings.map((w) => `${w.file}:${w.line}: ${w.message}`);

/**
 * What a kubelet started with flags only runs, written by hand from upstream
 * (cmd/kubelet/app/options/options.go applyLegacyDefaults; docs/importing.md "Defaults"), not
 * from the importer's own defaults (tests only).
 */
export const FLAGS_ONLY: KubeletConfig = {
  anonymousAuth: true,
  webhookAuthentication: false,
  clientCAFile: false,
  authorizationMode: 'AlwaysAllow',
  readOnlyPort: 10255,
  servingCertificate: 'self-signed',
};
