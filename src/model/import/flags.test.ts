import { describe, expect, it } from 'vitest';
import { isPlaceholder, normaliseFlag, parseFlags } from './flags';

// Words on successive lines, as the shell tokenizer hands them over.
const words = (...texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));
const hit = (...texts: string[]) => (name: string) => parseFlags(words(...texts)).flags.get(name);

describe('parseFlags', () => {
  // pflag semantics (spf13/pflag, used by every Kubernetes binary): `--flag=value` or
  // `--flag value`; a boolean flag takes no separate word (NoOptDefVal), so `--anonymous-auth false`
  // leaves `false` as a positional word; `_` in a name means `-`.
  it('takes the next word as the value of a non-boolean flag', () => {
    expect(hit('--port', '8080')('port')).toEqual({ name: 'port', value: '8080', bare: false, line: 1 });
  });

  it('never gives a boolean flag the next word; it stays positional', () => {
    const set = parseFlags(words('--anonymous-auth', 'false'));
    expect(set.flags.get('anonymous-auth')).toEqual({ name: 'anonymous-auth', value: '', bare: true, line: 1 });
    expect(set.positional.map((t) => t.text)).toEqual(['false']);
  });

  it('leaves a flag bare at the end of the line or before another flag', () => {
    const set = parseFlags(words('--port', '--secure-port=6443', '--tls-cert-file'));
    expect(set.flags.get('port')).toMatchObject({ value: '', bare: true });
    expect(set.flags.get('secure-port')).toMatchObject({ value: '6443', bare: false });
    expect(set.flags.get('tls-cert-file')).toMatchObject({ value: '', bare: true });
  });

  it('keeps an empty value after = as a value, not as a bare flag', () => {
    expect(hit('--token-auth-file=')('token-auth-file')).toMatchObject({ value: '', bare: false });
  });

  it('keeps everything after the first = as the value, newlines included', () => {
    expect(hit('--feature-gates=A=true,B=false')('feature-gates')?.value).toBe('A=true,B=false');
    expect(hit('--x=one\ntwo')('x')?.value).toBe('one\ntwo');
  });

  it('accepts one dash, normalises _ to -, and records an old alias by its spelling', () => {
    expect(hit('-v=2')('v')?.value).toBe('2');
    expect(hit('--insecure_port=0')('insecure-port')).toEqual({ name: 'insecure-port', value: '0', bare: false, line: 1 });
    expect(hit('--udsName=/etc/k.sock')('uds-name')).toEqual({ name: 'uds-name', value: '/etc/k.sock', bare: false, line: 1, alias: 'udsName' });
  });

  it('lets the last occurrence win and keeps the earlier ones as repeated', () => {
    const set = parseFlags(words('--v=1', '--v=2', '--v=3'));
    expect(set.flags.get('v')).toMatchObject({ value: '3', line: 3 });
    expect(set.repeated.map((h) => [h.value, h.line])).toEqual([['1', 1], ['2', 2]]);
  });

  it('treats words that are not flags as positional, and drops a bare --', () => {
    const set = parseFlags(words('kube-apiserver', '--', '---x', '--1abc', '--a:b', '-'));
    expect(set.positional.map((t) => t.text)).toEqual(['kube-apiserver', '---x', '--1abc', '--a:b', '-']);
    expect(set.flags.size).toBe(0);
  });

  it('knows the boolean flags the importer reads', () => {
    for (const f of ['anonymous-auth', 'authentication-token-webhook', 'rotate-server-certificates', 'server-tls-bootstrap']) {
      expect(parseFlags(words(`--${f}`, 'x')).positional.map((t) => t.text), f).toEqual(['x']);
    }
  });
});

describe('normaliseFlag', () => {
  it('maps udsName to uds-name and underscores to dashes, and leaves other names alone', () => {
    expect(normaliseFlag('udsName')).toBe('uds-name');
    expect(normaliseFlag('read_only_port')).toBe('read-only-port');
    expect(normaliseFlag('toString')).toBe('toString');
  });
});

describe('isPlaceholder', () => {
  it.each([
    ['<node-ip>', true],
    ['<>', true],
    ['${NODE_IP}', true],
    ['$NODE_IP', true],
    ['{{ .Values.port }}', true],
    ['%{hiera_port}', true],
    ['@@PORT@@', true],
    ['10.0.0.1', false],
    ['$1', false],
    ['a<b', false],
    ['50%', false],
  ])('%s → %s', (value, want) => {
    expect(isPlaceholder(value)).toBe(want);
  });
});
