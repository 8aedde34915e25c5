import type { MergedFlags } from './derive';
import type { ImportWarning } from './types';

/** Warnings for removed or renamed kube-apiserver flags, sharpened when the version is known. */
export function apiserverFlagWarnings(
  flags: MergedFlags,
  minor: number | undefined,
): ImportWarning[] {
  const out: ImportWarning[] = [];
  const on = (name: string, message: string) => {
    const f = flags.get(name);
    if (f) out.push({ file: f.file, line: f.line, message });
  };
  const ver = minor === undefined ? '' : ` This is v1.${minor}:`;
  for (const name of ['ssh-user', 'ssh-keyfile', 'kubelet-https']) {
    on(
      name,
      `--${name} was removed in v1.22 (SSH tunnels were deprecated in v1.9): kube-apiserver 1.22 and later exits with "unknown flag: --${name}".` +
        (minor === undefined
          ? ''
          : minor >= 22
            ? `${ver} it does not start.`
            : `${ver} still accepted.`),
    );
  }
  for (const name of ['insecure-port', 'port', 'address', 'insecure-bind-address']) {
    const f = flags.get(name);
    if (!f) continue;
    const zero = f.value.trim() === '0';
    let message = `--${name}: insecure (plain HTTP, unauthenticated) serving was removed in v1.20 (v1.20–v1.23 accept only --insecure-port=0 / --port=0) and the flag was removed in v1.24 ("unknown flag").`;
    if (minor !== undefined) {
      if (minor >= 24) message += `${ver} kube-apiserver exits at startup.`;
      else if (minor >= 20 && (name === 'insecure-port' || name === 'port') && !zero)
        message += `${ver} kube-apiserver refuses a non-zero value and exits.`;
      else if (minor < 20 && (name === 'insecure-port' || name === 'port') && !zero)
        message += `${ver} the API is served without authentication or authorization on port ${f.value}.`;
      else message += `${ver} accepted; remove it before upgrading to v1.24.`;
    }
    out.push({ file: f.file, line: f.line, message });
  }
  on(
    'admission-control',
    '--admission-control is the old name of --enable-admission-plugins (deprecated since v1.10); use --enable-admission-plugins.',
  );
  return out;
}
