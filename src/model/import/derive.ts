import type { ConfigKey, ConfigValue } from '../config';
import type { CommandLine } from './binaries';
import type { FlagHit } from './flags';
import { isPlaceholder } from './flags';
import type { Derived, ImportError, ImportWarning, Provenance } from './types';

/** A flag with the file it came from (flags of several files merge, the last wins). */
export interface FileFlag extends FlagHit {
  readonly file: string;
}

/** Flags of one binary merged over every file that describes it. */
export type MergedFlags = ReadonlyMap<string, FileFlag>;

/** Collects derived values, warnings and errors for one component. */
export class Collector {
  readonly values = new Map<ConfigKey, Derived>();
  readonly warnings: ImportWarning[] = [];
  readonly errors: ImportError[] = [];

  set(key: ConfigKey, value: ConfigValue, prov: Provenance): void {
    this.values.set(key, { value, prov });
  }
  /** Provenance of a flag occurrence. */
  at(f: FileFlag, setting = `--${f.name}`): Provenance {
    return { kind: 'file', file: f.file, line: f.line, setting };
  }
  warn(f: { file: string; line: number }, message: string): void {
    this.warnings.push({ file: f.file, line: f.line, message });
  }
  /** Reads a Go boolean flag (strconv.ParseBool); placeholders and bad values yield undefined. */
  bool(f: FileFlag): boolean | undefined {
    if (f.bare) return true;
    if (isPlaceholder(f.value)) {
      this.warn(
        f,
        `--${f.name}=${f.value} is a placeholder; its value is not known, so the default is shown`,
      );
      return undefined;
    }
    if (/^(1|t|T|true|TRUE|True)$/.test(f.value)) return true;
    if (/^(0|f|F|false|FALSE|False)$/.test(f.value)) return false;
    this.errors.push({
      file: f.file,
      line: f.line,
      message: `--${f.name} must be true or false, got "${f.value.slice(0, 60)}"`,
    });
    return undefined;
  }
  /** True when a path-valued flag is set to something (placeholders count: some file is configured). */
  present(f: FileFlag | undefined): boolean {
    return f !== undefined && f.value.trim() !== '' && f.value !== '""' && f.value !== "''";
  }
}

/**
 * Merges the flags of several command lines of one binary, in order (the last wins), with a
 * warning for each flag given again with another value.
 */
export function mergeFlags(
  commands: readonly { readonly file: string; readonly cmd: CommandLine }[],
  warnings: ImportWarning[],
): Map<string, FileFlag> {
  const merged = new Map<string, FileFlag>();
  for (const s of commands) {
    for (const f of s.cmd.flags.flags.values()) {
      const prev = merged.get(f.name);
      if (prev && prev.value !== f.value) {
        warnings.push({
          file: s.file,
          line: f.line,
          message: `--${f.name} is given again (first at ${prev.file}:${prev.line}); the last one wins`,
        });
      }
      merged.set(f.name, { ...f, file: s.file });
    }
    for (const r of s.cmd.flags.repeated) {
      const last = s.cmd.flags.flags.get(r.name);
      if (last && last.value !== r.value) {
        warnings.push({
          file: s.file,
          line: r.line,
          message: `--${r.name} is repeated (again on line ${last.line}); the last one wins`,
        });
      }
    }
  }
  return merged;
}
