import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { USAGE as ANALYZE_USAGE } from './analyze';
import { runCommand, USAGE } from './commands';
import { RULES_USAGE } from './rules';

const version = (
  JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8')) as {
    version: string;
  }
).version;
const io = (readStdin = vi.fn(async () => Buffer.from(''))) => ({
  color: false,
  cwd: '/',
  version,
  readStdin,
});
const run = (...argv: string[]) => runCommand(argv, io());

describe('kube-paths <command>', () => {
  it.each([['--help'], ['-h'], ['help']])(
    '%s prints the usage with both commands to stdout and exits 0',
    async (flag) => {
      const r = await run(flag);
      expect(r).toEqual({ code: 0, stdout: USAGE, stderr: '' });
      expect(USAGE).toMatch(/^\s+analyze /m);
      expect(USAGE).toMatch(/^\s+rules /m);
    },
  );

  it.each([
    [['analyze', '--help'], ANALYZE_USAGE],
    [['analyze', '-h'], ANALYZE_USAGE],
    [['help', 'analyze'], ANALYZE_USAGE],
    [['rules', '--help'], RULES_USAGE],
    [['help', 'rules'], RULES_USAGE],
  ])('%j prints that command’s usage to stdout and exits 0', async (argv, usage) => {
    expect(await run(...argv)).toEqual({ code: 0, stdout: usage, stderr: '' });
  });

  it('--version prints the package.json version alone', async () => {
    expect(await run('--version')).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('no command prints the usage to stderr and exits 2', async () => {
    expect(await run()).toEqual({ code: 2, stdout: '', stderr: USAGE });
  });

  it.each([
    [['scan'], 'unknown command "scan"; valid commands: analyze, rules'],
    [['--verbose'], 'unknown option "--verbose"'],
    [['rules', '--format', 'html'], 'unknown format "html"; valid formats: markdown'],
    [['rules', 'extra'], 'unknown argument "extra"'],
    [['analyze', '--format', 'xml'], 'valid formats: table, json, markdown, sarif'],
  ])('%j exits 2 with one line on stderr naming the problem', async (argv, message) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('reads stdin only when a FILE is -', async () => {
    const readStdin = vi.fn(async () =>
      Buffer.from('kube-apiserver --authorization-mode=Node,RBAC\n'),
    );
    await runCommand(
      ['analyze', '--set', 'kubelet.readOnlyPort=0', '--format', 'json'],
      io(readStdin),
    );
    expect(readStdin).not.toHaveBeenCalled();
    const r = await runCommand(['analyze', '--format', 'json', '-'], io(readStdin));
    expect(readStdin).toHaveBeenCalledOnce();
    expect(JSON.parse(r.stdout).provenance['apiserver.authorizationModes']).toMatchObject({
      file: '(stdin)',
      line: 1,
    });
  });

  it('colours the table only when asked to', async () => {
    const plain = await runCommand(['analyze', '--preset', 'ca-mismatch'], io());
    const colour = await runCommand(['analyze', '--preset', 'ca-mismatch'], {
      ...io(),
      color: true,
    });
    expect(plain.stdout).not.toContain('\x1b[');
    expect(colour.stdout).toContain('\x1b[35m');
  });
});

describe('the real entry point', () => {
  const main = join(import.meta.dirname, 'main.ts');
  const cli = (args: string[], env: Record<string, string> = {}) => {
    const { NO_COLOR: _n, FORCE_COLOR: _f, ...inherited } = process.env;
    return spawnSync(process.execPath, ['--import', 'tsx', main, ...args], {
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...inherited, ...env },
    });
  };

  it('writes help to stdout with exit 0, errors to stderr with exit 2', () => {
    const help = cli(['--help']);
    expect([help.status, help.stdout, help.stderr]).toEqual([0, USAGE, '']);
    const bad = cli(['analyze', '--preset', 'nope']);
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/^kube-paths: unknown preset "nope"/);
  }, 60_000);

  it('colours a piped table with FORCE_COLOR=1 and not with FORCE_COLOR=0', () => {
    expect(cli(['analyze', '--preset', 'ca-mismatch'], { FORCE_COLOR: '1' }).stdout).toContain(
      '\x1b[35m',
    );
    expect(cli(['analyze', '--preset', 'ca-mismatch'], { FORCE_COLOR: '0' }).stdout).not.toContain(
      '\x1b[',
    );
  }, 60_000);
});
