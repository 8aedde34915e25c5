import { wantsColor } from './color';
import { runCommand } from './commands';
import { packageInfo } from './packageInfo';
import { readStdin } from './stdin';

// Writing to a closed pipe (`| head`) must end quietly, not with a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

try {
  const result = await runCommand(process.argv.slice(2), {
    color: wantsColor(process.env, Boolean(process.stdout.isTTY)),
    cwd: process.cwd(),
    version: packageInfo().version,
    readStdin: () => readStdin(process.stdin),
  });
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.code;
} catch (e) {
  // Only bugs get here: say so in one line, never a stack trace.
  process.stderr.write(
    `kube-paths: internal error: ${e instanceof Error ? e.message : String(e)}\n`,
  );
  process.exitCode = 3;
}
