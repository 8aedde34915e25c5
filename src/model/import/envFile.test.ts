import { describe, expect, it } from 'vitest';
import { looksLikeEnvFile, parseEnvFile } from './envFile';

// systemd EnvironmentFile= / /etc/default files: NAME=value lines (optionally `export`), `#`
// comments and blank lines; a quoted value is one word that the unit's $NAME expands into flags.
describe('looksLikeEnvFile', () => {
  it.each<[string, string, boolean]>([
    ['one assignment carrying a flag', 'KUBELET_EXTRA_ARGS="--read-only-port=0"\n', true],
    ['comments, blank lines and export', '# from kubeadm\n\n  # indented\nexport KUBELET_KUBEADM_ARGS="--node-ip=10.0.0.1"\n', true],
    ['assignments without any flag', 'FOO=bar\nBAR=baz\n', false],
    ['a command line among the assignments', 'KUBELET_EXTRA_ARGS="--x=1"\nkubelet --y=2\n', false],
    ['only comments', '# KUBELET_EXTRA_ARGS="--x=1"\n', false],
    ['nothing', '', false],
  ])('%s → %s', (_, text, want) => {
    expect(looksLikeEnvFile(text)).toBe(want);
  });
});

describe('parseEnvFile', () => {
  const read = (text: string) =>
    parseEnvFile(text).map((c) => ({ binary: c.binary, line: c.line, flags: [...c.flags.flags.values()].map((f) => `${f.name}=${f.value}`) }));

  it('splits a quoted value into its flags and names the binary after the variable (KUBELET…)', () => {
    expect(read('# kubelet settings\n\nKUBELET_EXTRA_ARGS="--read-only-port=0 --anonymous-auth=false"\n')).toEqual([
      { binary: 'kubelet', line: 3, flags: ['read-only-port=0', 'anonymous-auth=false'] },
    ]);
  });

  it('reads a variable naming the apiserver, in any case, and an unquoted value', () => {
    expect(read('kube_apiserver_args=--anonymous-auth=false\nexport kubelet_opts=--read-only-port=10255')).toEqual([
      { binary: 'kube-apiserver', line: 1, flags: ['anonymous-auth=false'] },
      { binary: 'kubelet', line: 2, flags: ['read-only-port=10255'] },
    ]);
  });

  it('skips assignments that carry no flag, and lines that are not assignments', () => {
    expect(read('PATH=/usr/bin\nKUBELET_HOME=/var/lib/kubelet\nnot an assignment --x=1\n')).toEqual([]);
  });

  it('gives each flag the line of its assignment, reads `export  NAME=` with any spacing, and drops flags no binary claims', () => {
    const cmds = parseEnvFile('# a comment\nOPTS="--v=2"\nexport  KUBELET_ARGS="--read-only-port=0"\n');
    expect(cmds.map((c) => [c.binary, c.line, c.flags.flags.get('read-only-port')?.line])).toEqual([['kubelet', 3, 3]]);
  });

  it('trusts the variable name over the flags: a generic flag in KUBELET_EXTRA_ARGS is the kubelet’s', () => {
    expect(read('KUBELET_EXTRA_ARGS="--v=2"')).toEqual([{ binary: 'kubelet', line: 1, flags: ['v=2'] }]);
  });
});
