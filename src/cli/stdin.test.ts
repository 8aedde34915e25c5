import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readStdin } from './stdin';

describe('readStdin', () => {
  it('reads every chunk to the end', async () => {
    expect((await readStdin(Readable.from([Buffer.from('a: 1\n'), 'b: 2\n']))).toString()).toBe(
      'a: 1\nb: 2\n',
    );
  });

  it('stops one chunk past the limit instead of reading an endless stream', async () => {
    let produced = 0;
    async function* endless() {
      for (;;) {
        produced++;
        yield Buffer.alloc(1024, 0x61);
      }
    }
    const buf = await readStdin(endless(), 4096);
    expect(buf.length).toBe(5 * 1024);
    expect(produced).toBe(5);
  });
});

// A parent that hands over a non-blocking descriptor (some CI runners and process managers do)
// made the old synchronous read loop spin on EAGAIN: 2 s of waiting cost 2 s of CPU. Here perl
// (perl-base is part of every Debian system) sets O_NONBLOCK on the pipe and execs bash, which runs
// the CLI and then `times`: CPU time, which machine load does not inflate the way it does wall time.
describe('kube-paths analyze - on a non-blocking stdin', () => {
  it('waits for input without busy-waiting: CPU time well under half the idle wait', async () => {
    const entry = join(import.meta.dirname, '../../bin/kube-paths.mjs');
    const out = join(mkdtempSync(join(tmpdir(), 'kube-paths-stdin-')), 'out.json');
    const script = `"${process.execPath}" "${entry}" analyze --format json - > "${out}"; status=$?; times; exit $status`;
    const nonBlocking =
      'fcntl(STDIN, F_SETFL, fcntl(STDIN, F_GETFL, 0) | O_NONBLOCK) or die "fcntl: $!"; exec @ARGV or die';
    const child = spawn('perl', ['-MFcntl', '-e', nonBlocking, 'bash', '-c', script], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    let times = '';
    child.stdout.on('data', (d: Buffer) => (times += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    const idleMs = 2500;
    await new Promise((resolve) => setTimeout(resolve, idleMs));
    child.stdin.end(
      'kube-apiserver --authorization-mode=Node,RBAC --kubelet-certificate-authority=/ca.crt\n',
    );
    expect(await exited).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).config.apiserver.kubeletCertificateAuthority).toBe(
      true,
    );
    // `times` prints the shell's own user/system times, then its children's: "0m0.412s 0m0.060s".
    const children = times.trim().split('\n')[1]!;
    const cpu = [...children.matchAll(/(\d+)m([\d.]+)s/g)].reduce(
      (s, m) => s + Number(m[1]) * 60 + Number(m[2]),
      0,
    );
    expect(cpu).toBeLessThan(idleMs / 1000 / 2);
  }, 60_000);
});
