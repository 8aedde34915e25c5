import { runAnalyze, USAGE } from './analyze';

// Writing to a closed pipe (`| head`) must end quietly, not with a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

const [command, ...rest] = process.argv.slice(2);
if (command !== 'analyze') {
  process.stderr.write(
    command === undefined || command === '--help'
      ? USAGE
      : `kube-paths: unknown command "${command}"; valid commands: analyze\n`,
  );
  process.exitCode = command === '--help' ? 0 : 2;
} else {
  try {
    const result = runAnalyze(rest, { isTTY: Boolean(process.stdout.isTTY) });
    process.stdout.write(result.stdout);
    process.stderr.write(result.stderr);
    process.exitCode = result.code;
  } catch (e) {
    // Only bugs get here: say so in one line, never a stack trace.
    process.stderr.write(`kube-paths: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 3;
  }
}
