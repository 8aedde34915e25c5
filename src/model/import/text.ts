import { guessBinary, splitCommands, type CommandLine } from './binaries';
import { shellTokens } from './shell';
import type { ImportError, ImportWarning } from './types';

// Prompts: `user@host:~$ `, `[root@host ~]# ` (a bracketed prompt may hold spaces), `$ `, `% `, `> `,
// and a root `# ` before a command.
const PROMPT =
  /^(\s*)(\[[\w.-]+@[\w.-]+[^\]\n]*\]\s*[#$%>]\s+|\[?[\w.-]+@[\w.-]+[^\s#$%>]*\]?\s*[#$%>]\s+|[$%>]\s+|#\s+(?=(sudo\s+)?(\S*\/)?(kube-apiserver|kubelet|proxy-server|proxy-agent|ps|systemctl|cat)\b))/;

/** Blanks shell prompts at line starts, keeping line numbers and columns. */
export function stripPrompts(text: string): string {
  return text
    .split('\n')
    .map((l) => l.replace(PROMPT, (m) => ' '.repeat(m.length)))
    .join('\n');
}

/** Reads flags from pasted text: ps output, terminal sessions, one flag per line. */
export function parseFlagText(
  text: string,
  file: string,
): { commands: CommandLine[]; warnings: ImportWarning[]; error?: ImportError } {
  const warnings: ImportWarning[] = [];
  const tokens = shellTokens(stripPrompts(text));
  if (tokens.unclosedQuoteLine !== undefined) {
    warnings.push({
      message: 'a quote is never closed; the rest of the text was read as one value',
      file,
      line: tokens.unclosedQuoteLine,
    });
  }
  const split = splitCommands(tokens.tokens);
  // A binary named without a single flag (`systemctl restart kubelet`, prose) is no command line:
  // reading it as one would guess a kubelet with every flags-only default.
  const commands = split.commands.filter((c) => c.flags.flags.size > 0);
  if (split.unnamed) {
    const binary = guessBinary(split.unnamed.flags);
    if (binary) commands.unshift({ binary, flags: split.unnamed.flags, line: split.unnamed.line });
    else if (commands.length === 0) {
      return {
        commands,
        warnings,
        error: {
          file,
          line: split.unnamed.line,
          message:
            'these flags do not tell which binary they belong to (kube-apiserver, kubelet, konnectivity-server or agent): add the binary name on the first line',
        },
      };
    } else {
      warnings.push({
        message:
          'flags before the first binary name were ignored: it is not clear which binary they belong to',
        file,
        line: split.unnamed.line,
      });
    }
  }
  return { commands, warnings };
}
