import { guessBinary, type Binary, type CommandLine } from './binaries';
import { parseFlags } from './flags';
import { shellTokens } from './shell';

const ASSIGN = /^\s*(?:export\s+)?([A-Za-z_]\w*)=(.*)$/;

/** True for an environment file (EnvironmentFile=, /etc/default/kubelet): only NAME=value lines and comments. */
export function looksLikeEnvFile(text: string): boolean {
  const lines = text.split('\n').filter((l) => l.trim() !== '' && !/^\s*#/.test(l));
  return lines.length > 0 && lines.every((l) => ASSIGN.test(l)) && /--[a-z]/.test(text);
}

/** Reads flags from variables like KUBELET_EXTRA_ARGS="--read-only-port=0"; the name tells the binary. */
export function parseEnvFile(text: string): CommandLine[] {
  const out: CommandLine[] = [];
  text.split('\n').forEach((l, i) => {
    const m = ASSIGN.exec(l);
    if (!m) return;
    const words = shellTokens(m[2]!, i + 1).tokens;
    const flags = parseFlags(words.flatMap((w) => shellTokens(w.text, i + 1).tokens));
    if (flags.flags.size === 0) return;
    const name = m[1]!.toUpperCase();
    const binary: Binary | undefined = name.startsWith('KUBELET')
      ? 'kubelet'
      : /APISERVER/.test(name)
        ? 'kube-apiserver'
        : guessBinary(flags);
    if (binary) out.push({ binary, flags, line: i + 1 });
  });
  return out;
}
