import { describe, expect, it } from 'vitest';
import { parseFlagText, stripPrompts } from './text';

describe('stripPrompts', () => {
  // A prompt becomes as many spaces, so every flag keeps its line and column.
  it.each<[string, string, string]>([
    ['user@host:~$', 'user@host:~$ kubelet --read-only-port=0', '             kubelet --read-only-port=0'],
    ['[root@host ~]#', '[root@host ~]# ps aux', '               ps aux'],
    ['$', '$ kubelet', '  kubelet'],
    ['%', '% kubelet', '  kubelet'],
    ['>', '> --read-only-port=0', '  --read-only-port=0'],
    ['root # before a command', '# kube-apiserver --secure-port=6443', '  kube-apiserver --secure-port=6443'],
    ['root # before sudo and a path', '# sudo /usr/bin/kubelet', '  sudo /usr/bin/kubelet'],
    ['a # comment is not a prompt', '# restart the kubelet', '# restart the kubelet'],
    ['a $ inside a line is not a prompt', 'kubelet --x=$ y', 'kubelet --x=$ y'],
    ['a word before $ makes it no prompt', 'x$ kubelet', 'x$ kubelet'],
    ['a space before the bracketed prompt sign', '[root@host ~] # kubelet', '                kubelet'],
    ['a space before the prompt sign', 'user@host:~ $ kubelet', '              kubelet'],
    ['root # and two spaces before a command', '#  kubelet', '   kubelet'],
    ['root # before sudo with two spaces', '# sudo  kubelet', '  sudo  kubelet'],
  ])('%s', (_, text, want) => {
    expect(stripPrompts(text)).toBe(want);
  });

  it('blanks a prompt on every line, not just the first', () => {
    expect(stripPrompts('$ kubelet \\\n$ --read-only-port=0')).toBe('  kubelet \\\n  --read-only-port=0');
  });
});

describe('parseFlagText', () => {
  const names = (text: string) => parseFlagText(text, 'paste.txt');

  it('warns, with its line, about a quote that never closes', () => {
    const r = names('kubelet --read-only-port=0\n--node-labels="a=b\n--x=1');
    expect(r.warnings).toEqual([{ message: 'a quote is never closed; the rest of the text was read as one value', file: 'paste.txt', line: 2 }]);
  });

  it('guesses the binary of a flag list without a name (read-only-port is the kubelet’s) and puts it first', () => {
    const r = names('--read-only-port=0\n--rotate-server-certificates\nkube-apiserver --secure-port=6443');
    expect(r.commands.map((c) => [c.binary, c.line])).toEqual([['kubelet', 1], ['kube-apiserver', 3]]);
    expect(r.warnings).toEqual([]);
  });

  it('is an error, naming the first flag’s line, when a flag list alone tells no binary', () => {
    const r = names('ps output:\n--v=2 --anonymous-auth=false');
    expect(r.commands).toEqual([]);
    expect(r.error).toMatchObject({ file: 'paste.txt', line: 2 });
    expect(r.error?.message).toMatch(/do not tell which binary/);
  });

  it('ignores, with a warning, flags that tell no binary before a named command', () => {
    const r = names('--v=2\nkubelet --read-only-port=0');
    expect(r.commands.map((c) => c.binary)).toEqual(['kubelet']);
    expect(r.error).toBeUndefined();
    expect(r.warnings).toEqual([{ message: 'flags before the first binary name were ignored: it is not clear which binary they belong to', file: 'paste.txt', line: 1 }]);
  });

  it('reads no command from a binary named without flags', () => {
    expect(names('systemctl restart kubelet').commands).toEqual([]);
  });
});
