import type { Result } from './types';

/** Parses a Kubernetes minor version "1.N" (also "v1.N.P") into its minor number. */
export function parseVersion(text: string): Result<{ readonly version: string; readonly minor: number }> {
  const m = /^v?1\.(\d{1,2})(?:\.\d+)?(?:[-+][\w.-]*)?$/.exec(text.trim());
  if (!m || m[1] === undefined) {
    return { ok: false, error: `invalid version "${text}": expected 1.N, e.g. 1.34` };
  }
  const minor = Number(m[1]);
  return { ok: true, value: { version: `1.${minor}`, minor } };
}

/** Minor number of an already-valid config version; NaN never escapes because configs are validated. */
export function minorOf(version: string): number {
  const r = parseVersion(version);
  if (!r.ok) throw new Error(`invalid config version ${JSON.stringify(version)}`);
  return r.value.minor;
}

/** True when `version` (1.N) is at least 1.`minor`. */
export function atLeast(version: string, minor: number): boolean {
  return minorOf(version) >= minor;
}
