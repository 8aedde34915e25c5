import { runAnalyze, type CliResult } from './analyze';
import { parseAnalyzeArgs } from './args';
import { runRules } from './rules';

/** Top-level usage. */
export const USAGE = `Usage: kube-paths <command> [options]

Which Kubernetes control-plane <-> node connections are safe when the network between them is untrusted.

Commands:
  analyze [options] [FILE...]   assess a preset or real configuration files (kube-paths analyze --help)
  rules [--format markdown]     print the rules reference: paths, states, rule lines, findings, keys, presets

Options:
  -h, --help                    this text
  --version                     print the version

Colour: the table is coloured on a terminal; NO_COLOR=1 turns that off, FORCE_COLOR=1 forces it.
`;

/** What a command needs from the process: colour, the working directory, and stdin on demand. */
export interface CommandIo {
  readonly color: boolean;
  readonly cwd: string;
  readonly version: string;
  /** Reads standard input to its end (called only when a FILE is `-`). */
  readonly readStdin: () => Promise<Buffer>;
}

/** Runs one command line (argv without `node` and the script); never throws for bad input. */
export async function runCommand(argv: readonly string[], io: CommandIo): Promise<CliResult> {
  const [command, ...rest] = argv;
  switch (command) {
    case undefined:
      return { code: 2, stdout: '', stderr: USAGE };
    case '-h':
    case '--help':
    case 'help':
      return command === 'help' && rest[0] !== undefined
        ? runCommand([rest[0], '--help'], io)
        : { code: 0, stdout: USAGE, stderr: '' };
    case '--version':
      return { code: 0, stdout: `${io.version}\n`, stderr: '' };
    case 'rules':
      return runRules(rest);
    case 'analyze': {
      const parsed = parseAnalyzeArgs(rest);
      const stdin =
        parsed.ok && !parsed.value.help && parsed.value.files.includes('-')
          ? await io.readStdin()
          : undefined;
      return runAnalyze(rest, {
        isTTY: io.color,
        color: io.color,
        cwd: io.cwd,
        ...(stdin ? { stdin } : {}),
      });
    }
    default:
      return {
        code: 2,
        stdout: '',
        stderr: `kube-paths: unknown ${command.startsWith('-') ? 'option' : 'command'} "${command}"; valid commands: analyze, rules (kube-paths --help)\n`,
      };
  }
}
