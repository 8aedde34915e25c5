import { describe, expect, it } from 'vitest';
import { looksLikeUnit, parseUnit } from './unit';

describe('looksLikeUnit', () => {
  it.each<[string, string, boolean]>([
    ['a [Service] section', '[Service]\nExecStart=/usr/bin/kubelet\n', true],
    ['an indented [Unit] header with CRLF', '  [Unit]  \r\nDescription=kubelet\r\n', true],
    ['ExecStart with a space before =', 'ExecStart =/usr/bin/kubelet', true],
    ['a section name inside a sentence', 'see the [Service] section', false],
    ['an environment file', 'KUBELET_EXTRA_ARGS=--read-only-port=0\n', false],
  ])('%s → %s', (_, text, want) => {
    expect(looksLikeUnit(text)).toBe(want);
  });
});

// systemd.service(5): the last ExecStart= of a simple service counts, an empty ExecStart= resets
// the list (drop-ins), `\` continues a line, `#`/`;` start comments, the prefixes - @ + ! : go
// before the path, and $VAR / ${VAR} expand Environment= variables into words.
describe('parseUnit', () => {
  const read = (text: string) => {
    const r = parseUnit(text, 'kubelet.service');
    return {
      commands: r.commands.map((c) => ({ binary: c.binary, line: c.line, flags: [...c.flags.flags.values()].map((f) => `${f.name}=${f.value}@${f.line}`) })),
      warnings: r.warnings.map((w) => `${w.line}: ${w.message}`),
    };
  };

  it('takes the last ExecStart after an empty one resets the list', () => {
    expect(read('[Service]\nExecStart=/usr/bin/kubelet --read-only-port=10255\nExecStart=\nExecStart=/usr/bin/kubelet --read-only-port=0\n')).toEqual({
      commands: [{ binary: 'kubelet', line: 4, flags: ['read-only-port=0@4'] }],
      warnings: [],
    });
  });

  it('has no command when the last ExecStart= is the empty reset', () => {
    expect(read('[Service]\nExecStart=/usr/bin/kubelet --read-only-port=0\nExecStart=\n').commands).toEqual([]);
  });

  it('follows \\ continuations, keeping each flag on its own line', () => {
    expect(read('[Service]\nExecStart=/usr/bin/kubelet \\\n  --read-only-port=0 \\\n  --anonymous-auth=false\n').commands).toEqual([
      { binary: 'kubelet', line: 2, flags: ['read-only-port=0@3', 'anonymous-auth=false@4'] },
    ]);
  });

  it('expands $VAR and ${VAR} from Environment=, at the Environment line', () => {
    const text = '[Service]\nEnvironment="KUBELET_A=--read-only-port=0 --anonymous-auth=false" "KUBELET_B=--node-ip=10.0.0.1"\nExecStart=/usr/bin/kubelet $KUBELET_A ${KUBELET_B}\n';
    expect(read(text)).toEqual({
      commands: [{ binary: 'kubelet', line: 3, flags: ['read-only-port=0@2', 'anonymous-auth=false@2', 'node-ip=10.0.0.1@2'] }],
      warnings: [],
    });
  });

  it('warns about a variable the file does not define, at its line', () => {
    expect(read('[Service]\nExecStart=/usr/bin/kubelet \\\n  $KUBELET_EXTRA_ARGS\n').warnings).toEqual([
      '3: ExecStart uses $KUBELET_EXTRA_ARGS but this file does not define it (an EnvironmentFile= may): the flags it holds are not known',
    ]);
  });

  it('skips Environment words without a name before =', () => {
    expect(read('[Service]\nEnvironment==--read-only-port=0 NOEQUALS\nExecStart=/usr/bin/kubelet $NOEQUALS\n').warnings).toEqual([
      '3: ExecStart uses $NOEQUALS but this file does not define it (an EnvironmentFile= may): the flags it holds are not known',
    ]);
  });

  it.each(['-', '@', '+', '!', '!!', ':'])('strips the %s prefix before the binary (a path or a bare name)', (prefix) => {
    expect(read(`[Service]\nExecStart=${prefix}/usr/bin/kubelet --read-only-port=0\n`).commands.map((c) => c.binary)).toEqual(['kubelet']);
    expect(read(`[Service]\nExecStart=${prefix}kubelet --read-only-port=0\n`).commands.map((c) => c.binary)).toEqual(['kubelet']);
  });

  it('does not warn about flags of a wrapper before the named binary', () => {
    expect(read('[Service]\nExecStart=/usr/bin/env --unset=HTTP_PROXY /usr/bin/kubelet --read-only-port=0\n')).toMatchObject({
      commands: [{ binary: 'kubelet' }],
      warnings: [],
    });
  });

  it('ignores commented-out ExecStart lines (# and ;)', () => {
    const r = read('[Service]\nExecStart=/usr/bin/kubelet --read-only-port=0\n# ExecStart=/usr/bin/kubelet --read-only-port=10255\n; ExecStart=\n');
    expect(r.commands).toEqual([{ binary: 'kubelet', line: 2, flags: ['read-only-port=0@2'] }]);
  });

  it('warns when ExecStart names no known binary, and about a quote that never closes', () => {
    expect(read('[Service]\nExecStart=/usr/bin/foo --read-only-port=0\n').warnings).toEqual(['2: ExecStart= does not name a known binary']);
    expect(read('[Service]\nExecStart=/usr/bin/kubelet --node-labels="a=b\n').warnings).toEqual(['2: a quote in ExecStart= is never closed']);
  });
});
