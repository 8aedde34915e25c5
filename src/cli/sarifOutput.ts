import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ConfigKey } from '../model/config';
import type { ImportSuccess } from '../model/import';
import { toSarif, type SarifReport } from '../model/sarif';
import type { SourceFiles } from '../model/sarifLocations';
import { STDIN_NAME, withSets } from './files';
import { packageInfo } from './packageInfo';

/**
 * A file argument as a SARIF artifact URI: relative to the working directory when inside it
 * (code scanning resolves relative URIs against the repository root the job runs in), else an
 * absolute file: URI. Standard input is no artifact.
 */
export function artifactUri(file: string, cwd: string): string | undefined {
  if (file === STDIN_NAME) return undefined;
  const abs = resolve(cwd, file);
  const rel = relative(cwd, abs);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return pathToFileURL(abs).href;
  return rel.split(sep).map(encodeURIComponent).join('/');
}

/** The imported files' provenance, texts and URIs, as the SARIF locator reads them. */
export function sourceFiles(
  imported: { value: ImportSuccess; texts: Readonly<Record<string, string>> },
  sets: readonly { key: ConfigKey }[],
  cwd: string,
): SourceFiles {
  return {
    provenance: withSets(imported.value.provenance, sets),
    files: imported.value.files.map((f) => f.name),
    uriOf: (file) => artifactUri(file, cwd),
    texts: imported.texts,
  };
}

/** `analyze --format sarif`: the SARIF log as text, with the plan or diff as run properties. */
export function sarifText(
  report: SarifReport,
  sources: SourceFiles | undefined,
  runProperties: Record<string, unknown>,
): string {
  const info = packageInfo();
  const log = toSarif(report, {
    toolVersion: info.version,
    informationUri: info.homepage,
    ...(sources ? { sources } : {}),
  });
  if (Object.keys(runProperties).length > 0) log.runs[0]!.properties = runProperties;
  return JSON.stringify(log, null, 2) + '\n';
}
