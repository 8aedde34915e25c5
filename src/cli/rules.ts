import { rulesReferenceMarkdown } from '../model/rulesReference';
import type { CliResult } from './analyze';

/** Usage text for `rules`. */
export const RULES_USAGE = `Usage: kube-paths rules [--format markdown]

Print the rules reference, generated from the tables the rules engine runs on: every path, state,
rule line in order, condition, finding with severity and CIS ids, config key with its real flag and
defaults, preset, and the path states of each preset (docs/rules.md is this output).

Options:
  --format markdown    the only format (default)
  -h, --help           this text
`;

/** Runs `rules`; bad options exit 2 with one line on stderr. */
export function runRules(argv: readonly string[]): CliResult {
  let format = 'markdown';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-h' || arg === '--help') return { code: 0, stdout: RULES_USAGE, stderr: '' };
    if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg === '--format' ? argv[++i] : arg.slice('--format='.length);
      if (value === undefined) return fail('option --format needs a value');
      format = value;
      continue;
    }
    return fail(
      `unknown ${arg.startsWith('-') ? 'option' : 'argument'} "${arg}"; valid options: --format, --help`,
    );
  }
  if (format !== 'markdown') return fail(`unknown format "${format}"; valid formats: markdown`);
  return { code: 0, stdout: rulesReferenceMarkdown(), stderr: '' };
}

const fail = (message: string): CliResult => ({
  code: 2,
  stdout: '',
  stderr: `kube-paths: ${message}\n`,
});
