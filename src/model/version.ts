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

const minorCache = new Map<string, number>();

/** Minor number of an already-valid config version (cached: the rules engine asks per evaluation). */
export function minorOf(version: string): number {
  let minor = minorCache.get(version);
  if (minor === undefined) {
    const r = parseVersion(version);
    if (!r.ok) throw new Error(`invalid config version ${JSON.stringify(version)}`);
    minor = r.value.minor;
    if (minorCache.size < 256) minorCache.set(version, minor);
  }
  return minor;
}

/** True when `version` (1.N) is at least 1.`minor`. */
export function atLeast(version: string, minor: number): boolean {
  return minorOf(version) >= minor;
}
