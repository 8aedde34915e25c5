import type { Location, Region } from 'sarif';
import type { Provenance } from './import';

/** Where a value came from: the importer's provenance, or `--set` on the command line. */
export type ValueSource = Provenance | { readonly kind: 'set'; readonly setting: string };

/** What the locator needs to know about the analysed files. */
export interface SourceFiles {
  /** Provenance by key: `kubelet.readOnlyPort`, or per pool `pools.NAME.kubelet.readOnlyPort`. */
  readonly provenance: Readonly<Record<string, ValueSource>>;
  /** The analysed files, in order, as provenance names them. */
  readonly files: readonly string[];
  /** The URI of a file for `artifactLocation.uri`; undefined for input that is no file (stdin). */
  readonly uriOf: (file: string) => string | undefined;
  /** File texts, when known: regions then span the line's text and carry it as a snippet. */
  readonly texts?: Readonly<Record<string, string>>;
}

/** The locations of one result, and the keys whose values no file gave. */
export interface Located {
  readonly locations: Location[];
  readonly relatedLocations: Location[];
  /** Keys among the causes whose values were assumed from a preset or set with --set. */
  readonly unread: readonly string[];
}

/** A key's source, per pool first (`pools.NAME.KEY`), then cluster-wide. */
export function sourceOf(files: SourceFiles, key: string, pool?: string): ValueSource | undefined {
  return (
    (pool !== undefined ? files.provenance[`pools.${pool}.${key}`] : undefined) ??
    files.provenance[key]
  );
}

function region(files: SourceFiles, file: string, line: number): Region {
  const text = files.texts?.[file]?.split(/\r?\n/)[line - 1];
  if (text === undefined || text.trim() === '') return { startLine: line };
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  return {
    startLine: line,
    startColumn: start + 1,
    endLine: line,
    endColumn: end + 1,
    snippet: { text: text.slice(start, end) },
  };
}

/**
 * The line that stands for a file when a setting is absent from it: the first line any setting
 * was read from in that file (the component's flags or fields start there, which is where the
 * missing one goes), or line 1.
 */
function anchorLine(files: SourceFiles, file: string): number {
  let best: number | undefined;
  for (const p of Object.values(files.provenance)) {
    if (p.kind === 'file' && p.file === file && (best === undefined || p.line < best))
      best = p.line;
  }
  return best ?? 1;
}

function at(
  files: SourceFiles,
  file: string,
  line: number,
  message: string,
  id: number,
): Location | undefined {
  const uri = files.uriOf(file);
  if (uri === undefined) return undefined;
  return {
    id,
    physicalLocation: { artifactLocation: { uri }, region: region(files, file, line) },
    message: { text: message },
  };
}

/**
 * Locations for a result caused by `keys` (most telling first): the first value read from a
 * file line, else the first file that describes the component but leaves the setting at its
 * default, else the first analysed file (so code scanning can still show the result), with the
 * other causes as related locations.
 */
export function locate(files: SourceFiles, keys: readonly string[], pool?: string): Located {
  const read: Location[] = [];
  const defaults: Location[] = [];
  const unread: string[] = [];
  const seen = new Set<string>();
  for (const key of keys) {
    const src = sourceOf(files, key, pool);
    if (!src) continue;
    let loc: Location | undefined;
    if (src.kind === 'file') {
      loc = at(files, src.file, src.line, `${key}: ${src.setting}`, 0);
      if (loc) read.push(loc);
    } else if (src.kind === 'default' && src.file !== undefined) {
      loc = at(
        files,
        src.file,
        anchorLine(files, src.file),
        `${key}: not set in this file (${src.detail})`,
        0,
      );
      if (loc) defaults.push(loc);
    } else unread.push(key);
    if (loc) seen.add(key);
  }
  const all = [...read, ...defaults];
  // One location per file line: several keys set on one line (a flag pair) read as one.
  const unique = all.filter((l, i) => all.findIndex((m) => sameLine(l, m)) === i);
  const fallback =
    unique.length === 0
      ? files.files
          .map((f) =>
            at(
              files,
              f,
              1,
              `no analysed file sets ${keys.join(', ') || 'the values behind this result'}`,
              0,
            ),
          )
          .find((l) => l !== undefined)
      : undefined;
  const [primary, ...rest] = fallback ? [fallback] : unique;
  return {
    locations: primary ? [primary] : [],
    relatedLocations: rest.slice(0, 9).map((l, i) => ({ ...l, id: i + 1 })),
    unread: unread.filter((k) => !seen.has(k)),
  };
}

const sameLine = (a: Location, b: Location): boolean =>
  a.physicalLocation?.artifactLocation?.uri === b.physicalLocation?.artifactLocation?.uri &&
  a.physicalLocation?.region?.startLine === b.physicalLocation?.region?.startLine;
