import { readFileSync } from 'node:fs';

declare const KUBE_PATHS_PACKAGE: { version: string; homepage: string } | undefined;

/** The package's version and home page: inlined by the bundle build, read from package.json under tsx. */
export function packageInfo(): { readonly version: string; readonly homepage: string } {
  if (typeof KUBE_PATHS_PACKAGE !== 'undefined') return KUBE_PATHS_PACKAGE;
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
    homepage: string;
  };
  return { version: pkg.version, homepage: pkg.homepage };
}
