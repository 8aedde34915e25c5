import { BINARY_LABEL, type CommandLine } from './binaries';
import { looksLikeConfigz, readConfigz } from './configz';
import { versionIn } from './manifest';
import type { Source } from './sources';
import { looksLikeEnvFile, parseEnvFile } from './envFile';
import { parseFlagText } from './text';
import type { ImportError, ImportInput, ImportWarning } from './types';
import { looksLikeUnit, parseUnit } from './unit';
import { looksLikeObjects, readYaml } from './yamlDocs';
import { MAX_INPUT } from './limits';

export { MAX_INPUT };

/** How an error made from an exception (a bug, never an expected failure) starts. */
export const INTERNAL_ERROR = 'internal error while reading';

/** What one file yielded. */
export interface FileRead {
  readonly sources: Source[];
  readonly kinds: string[];
  readonly ignored: string[];
  readonly warnings: ImportWarning[];
  readonly errors: ImportError[];
}

/** Detects what a file is by its content and reads it; never throws. */
export function readInput(input: ImportInput): FileRead {
  const file = input.name;
  const fail = (message: string, line?: number): FileRead => ({
    sources: [],
    kinds: [],
    ignored: [],
    warnings: [],
    errors: [line === undefined ? { file, message } : { file, line, message }],
  });
  const text = input.text;
  if (text.length > MAX_INPUT)
    return fail(
      `file is larger than ${MAX_INPUT / 1024 / 1024} MB; configuration files are much smaller`,
    );
  const bad = binaryLine(text);
  if (bad !== undefined) return fail('binary data, not a text configuration file', bad);
  if (text.trim() === '') return fail('file is empty');
  try {
    return readText(text.replace(/^\uFEFF/, ''), file);
  } catch (e) {
    // Only a bug gets here; the caller still gets a value naming the file.
    return fail(`${INTERNAL_ERROR}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

// NUL or other control characters (not tab/newline/CR/FF), or many replacement characters, mean binary.
function binaryLine(text: string): number | undefined {
  let at = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Tab, LF, VT, FF, CR and ESC (terminal colours in pasted sessions) are text; the rest is not.
    if (c < 32 && c !== 9 && c !== 10 && c !== 11 && c !== 12 && c !== 13 && c !== 27) {
      at = i;
      break;
    }
  }
  const replaced = (text.match(/\uFFFD/g) ?? []).length;
  if (at < 0 && replaced > 8) at = text.indexOf('\uFFFD');
  if (at < 0) return undefined;
  return text.slice(0, at).split('\n').length;
}

function readText(text: string, file: string): FileRead {
  const out: FileRead = { sources: [], kinds: [], ignored: [], warnings: [], errors: [] };
  if (looksLikeConfigz(text)) return readConfigz(text, file);
  if (looksLikeUnit(text)) {
    const u = parseUnit(text, file);
    out.warnings.push(...u.warnings);
    if (u.commands.length === 0)
      return {
        ...out,
        errors: [
          {
            file,
            message:
              'systemd unit without an ExecStart= running kube-apiserver, kubelet or konnectivity',
          },
        ],
      };
    for (const cmd of u.commands) {
      out.kinds.push(`${BINARY_LABEL[cmd.binary]} systemd unit`);
      out.sources.push(commandSource(file, cmd, text));
    }
    return out;
  }
  if (looksLikeObjects(text)) {
    const y = readYaml(text, file);
    if (y.errors.length > 0) return { ...out, ...y, sources: [] };
    if (y.sources.length === 0) {
      return {
        ...out,
        ignored: y.ignored,
        errors: [
          {
            file,
            message: `none of the documents is a kind this tool reads (kube-apiserver/konnectivity Pod, DaemonSet or Deployment, KubeletConfiguration, kubeadm ClusterConfiguration, EgressSelectorConfiguration); found ${y.ignored.slice(0, 5).join('; ') || 'nothing'}${y.ignored.length > 5 ? ` and ${y.ignored.length - 5} more` : ''}`,
          },
        ],
      };
    }
    return y;
  }
  if (looksLikeEnvFile(text)) {
    const cmds = parseEnvFile(text);
    if (cmds.length === 0)
      return {
        ...out,
        errors: [
          { file, message: 'environment file whose variables hold no flags of a known binary' },
        ],
      };
    for (const cmd of cmds) {
      out.kinds.push(`${BINARY_LABEL[cmd.binary]} environment file`);
      out.sources.push({ kind: 'command', file, cmd });
    }
    return out;
  }
  const t = parseFlagText(text, file);
  out.warnings.push(...t.warnings);
  if (t.error) return { ...out, errors: [t.error] };
  if (t.commands.length === 0) {
    return {
      ...out,
      errors: [
        {
          file,
          message:
            'not a known kind: no Kubernetes YAML/JSON objects, no systemd unit, and no kube-apiserver, kubelet or konnectivity flags',
        },
      ],
    };
  }
  for (const cmd of t.commands) {
    out.kinds.push(`${BINARY_LABEL[cmd.binary]} command line`);
    out.sources.push(commandSource(file, cmd, text));
  }
  return out;
}

function commandSource(file: string, cmd: CommandLine, text: string): Source {
  if (cmd.binary !== 'kube-apiserver') return { kind: 'command', file, cmd };
  // A binary URL (…/v1.30.0/bin/linux/amd64/kube-apiserver) or image tag names the version.
  // Bounded repetitions only: an unbounded \S* here is quadratic on a long word (found by a 5 MB test).
  const re =
    /\/v1\.\d{1,2}\.\d+\/[^\s"']{0,200}?(?:kube-apiserver|hyperkube)|(?:kube-apiserver|hyperkube)(?:-\w{1,20})?:v1\.\d{1,2}\.\d+|^Kubernetes v1\.\d{1,2}\.\d+/m;
  const m = re.exec(text);
  const v = m ? versionIn(m[0].replace(/^Kubernetes /, '/')) : undefined;
  if (!m || !v) return { kind: 'command', file, cmd };
  const line = text.slice(0, m.index).split('\n').length;
  return { kind: 'command', file, cmd, version: { version: v, line, setting: m[0].slice(0, 120) } };
}
