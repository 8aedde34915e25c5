import { describe, expect, it } from 'vitest';
import { assess } from '../assess';
import { looksLikeConfigz } from './configz';
import { bad, fixture, ok } from './testHelpers';

// A configz answer as `kubectl get --raw` prints it: one line, every default filled in.
const configz = (fields: Record<string, unknown>) =>
  JSON.stringify({
    kubeletconfig: {
      enableServer: true,
      port: 10250,
      authentication: {
        x509: { clientCAFile: '/etc/kubernetes/pki/ca.crt' },
        webhook: { enabled: true, cacheTTL: '2m0s' },
        anonymous: { enabled: false },
      },
      authorization: { mode: 'Webhook', webhook: { cacheAuthorizedTTL: '5m0s' } },
      tlsCertFile: '/var/lib/kubelet/pki/kubelet.crt',
      tlsPrivateKeyFile: '/var/lib/kubelet/pki/kubelet.key',
      ...fields,
    },
  });
const session = (node: string, body: string, before = '') =>
  `${before}ops@bastion:~$ kubectl get --raw "/api/v1/nodes/${node}/proxy/configz"\n${body}\nops@bastion:~$ `;

describe('configz answers in a pasted terminal session', () => {
  it('read three nodes, of which two are equal, as two pools: worker (2 nodes) and gpu-1', () => {
    const r = ok(['configz-session.txt', fixture('configz-session.txt')]);
    expect(r.files[0]!.kinds).toEqual([
      'kubelet configz (node worker-1)',
      'kubelet configz (node worker-2)',
      'kubelet configz (node gpu-1)',
    ]);
    expect(
      r.pools.map((p) => [p.name, p.nodes, p.sources.map((s) => `${s.line} ${s.node}`)]),
    ).toEqual([
      ['worker', 2, ['2 worker-1', '4 worker-2']],
      ['gpu-1', 1, ['135 gpu-1']],
    ]);
    expect(r.config.pools.map((p) => p.kubelet)).toEqual([
      {
        anonymousAuth: false,
        webhookAuthentication: true,
        clientCAFile: true,
        authorizationMode: 'Webhook',
        readOnlyPort: 0,
        servingCertificate: 'self-signed',
      },
      {
        anonymousAuth: false,
        webhookAuthentication: true,
        clientCAFile: true,
        authorizationMode: 'Webhook',
        readOnlyPort: 0,
        servingCertificate: 'tls-bootstrap',
      },
    ]);
    expect(r.provenance['pools.worker.kubelet.servingCertificate']).toMatchObject({
      line: 2,
      setting: expect.stringMatching(
        /^tlsCertFile \/var\/lib\/kubelet\/pki\/kubelet\.crt \(<cert-dir>\/kubelet\.crt/,
      ),
    });
    expect(r.provenance['pools.gpu-1.kubelet.servingCertificate']).toMatchObject({
      line: 148,
      setting: 'serverTLSBootstrap',
    });
    expect(r.provenance['pools.gpu-1.kubelet.anonymousAuth']).toMatchObject({ line: 158 });
    expect(r.warnings).toEqual([]);
  });

  it('is not read as a flags-only kubelet (it was: kubelet-open, critical, on a locked-down kubelet)', () => {
    const text = session(
      'worker-3',
      configz({}),
      'ops@bastion:~$ ssh worker-3 sudo systemctl is-active kubelet\nactive\n',
    );
    const r = ok(['pasted text', text]);
    expect(r.files[0]!.kinds).toEqual(['kubelet configz (node worker-3)']);
    expect(r.config.pools).toEqual([expect.objectContaining({ name: 'worker-3', nodes: 1 })]);
    expect(r.config.pools[0]!.kubelet.anonymousAuth).toBe(false);
    expect(assess(r.config).findings.map((f) => f.id)).not.toContain('kubelet-open');
  });

  it.each<[string, Record<string, unknown>, string, string, RegExp | undefined]>([
    ['the self-signed certificate in the default --cert-dir', {}, '', 'self-signed', undefined],
    [
      'the same path written with //',
      { tlsCertFile: '/var/lib/kubelet//pki/kubelet.crt' },
      '',
      'self-signed',
      undefined,
    ],
    [
      'another certificate',
      { tlsCertFile: '/etc/kubernetes/pki/kubelet-serving.crt' },
      '',
      'ca-signed',
      /its issuer is not checked/,
    ],
    [
      'another file in the cert dir',
      { tlsCertFile: '/var/lib/kubelet/pki/kubelet-server.pem' },
      '',
      'ca-signed',
      /its issuer is not checked/,
    ],
    [
      'serverTLSBootstrap, which wins over any tlsCertFile',
      { serverTLSBootstrap: true },
      '',
      'tls-bootstrap',
      undefined,
    ],
    [
      'no tlsCertFile and no serverTLSBootstrap',
      { tlsCertFile: undefined },
      '',
      'self-signed',
      undefined,
    ],
    [
      'kubelet.crt in the --cert-dir of the kubelet command line in the session',
      { tlsCertFile: '/etc/kubelet/pki/kubelet.crt' },
      'root 9 1 /usr/bin/kubelet --cert-dir=/etc/kubelet/pki --kubeconfig=/k\n',
      'self-signed',
      undefined,
    ],
    [
      'kubelet.crt outside the default --cert-dir',
      { tlsCertFile: '/etc/kubelet/pki/kubelet.crt' },
      '',
      'ca-signed',
      /not the kubelet's self-signed certificate \(\/var\/lib\/kubelet\/pki\/kubelet\.crt\)/,
    ],
  ])('tlsCertFile: %s', (_what, fields, before, serving, warning) => {
    const r = ok(['s', session('n1', configz(fields), before)]);
    expect(r.config.pools[0]!.kubelet.servingCertificate).toBe(serving);
    const messages = r.warnings.map((w) => w.message);
    if (warning) expect(messages).toEqual([expect.stringMatching(warning)]);
    else expect(messages).toEqual([]);
  });

  it('reads a field configz leaves out as its zero value (omitempty), not as the config-file default', () => {
    const r = ok([
      's',
      session(
        'n1',
        configz({ authentication: { webhook: { enabled: false }, anonymous: { enabled: false } } }),
      ),
    ]);
    expect(r.config.pools[0]!.kubelet).toMatchObject({ clientCAFile: false, readOnlyPort: 0 });
    expect(r.provenance['kubelet.readOnlyPort']).toMatchObject({
      kind: 'default',
      component: 'kubelet configz (the kubelet omits zero values)',
    });
    const port = ok(['s', session('n1', configz({ readOnlyPort: 10255 }))]);
    expect(port.config.pools[0]!.kubelet.readOnlyPort).toBe(10255);
  });

  it('warns when a field every kubelet reports is missing (not a whole configz answer)', () => {
    const r = ok(['s', session('n1', configz({ authentication: { webhook: { enabled: true } } }))]);
    expect(r.warnings.map((w) => w.message)).toEqual([
      expect.stringContaining(
        'has no authentication.anonymous.enabled, which a running kubelet always reports',
      ),
    ]);
  });

  it('reads `| jq .kubeletconfig` output (no wrapper), a node field beside kubeletconfig, and coloured output', () => {
    const inner = JSON.stringify(
      JSON.parse(configz({ readOnlyPort: 10255 })).kubeletconfig,
      null,
      2,
    );
    const bare = ok([
      's',
      `$ kubectl get --raw /api/v1/nodes/edge-1/proxy/configz | jq .kubeletconfig\n${inner}\n`,
    ]);
    expect(bare.config.pools).toEqual([expect.objectContaining({ name: 'edge-1' })]);
    expect(bare.config.pools[0]!.kubelet.readOnlyPort).toBe(10255);
    const named = ok([
      's',
      JSON.stringify({ node: 'ip-10-0-1-7.ec2.internal', ...JSON.parse(configz({})) }),
    ]);
    expect(named.config.pools[0]!.name).toBe('ip-10-0-1-7-ec2-internal');
    const coloured = ok([
      's',
      session('n1', `\x1b[1;39m${configz({ readOnlyPort: 10255 })}\x1b[0m`),
    ]);
    expect(coloured.config.pools[0]!.kubelet.readOnlyPort).toBe(10255);
  });

  it('names pools after the file when the session names no node, and says so', () => {
    const text = `for n in a b; do kubectl get --raw /api/v1/nodes/$n/proxy/configz; echo; done\n${configz({})}\n${configz({ readOnlyPort: 10255 })}\n`;
    const r = ok(['loop.txt', text]);
    expect(r.config.pools.map((p) => p.name)).toEqual(['loop', 'loop-2']);
    expect(r.warnings.map((w) => w.message)).toEqual([
      expect.stringContaining('2 configz answers name no node'),
    ]);
  });

  it('leaves a JSON manifest that merely mentions configz to the manifest reader', () => {
    const pod = JSON.stringify(
      {
        kind: 'Pod',
        spec: {
          containers: [
            {
              command: ['kube-apiserver', '--authorization-mode=RBAC'],
              args: ['--note=see /api/v1/nodes/x/proxy/configz'],
            },
          ],
        },
      },
      null,
      2,
    );
    expect(ok(['pod.json', pod]).files[0]!.kinds).toEqual(['kube-apiserver Pod manifest']);
  });

  it.each<[string, string, RegExp, number | undefined]>([
    [
      'an object that never closes',
      `$ x /configz\n{"kubeletconfig": {"port": 10250,\n`,
      /never closes/,
      2,
    ],
    [
      'an object that does not parse',
      `$ x /configz\n\n{"kubeletconfig": {"readOnlyPort": 10255,}}\n`,
      /does not parse/,
      3,
    ],
    [
      'no configz answer',
      `"kubeletconfig": none here\n{"kind": "Node"}\n`,
      /no configz answer .*JSON object \(line 2\): not a configz answer/,
      undefined,
    ],
    [
      'nesting deeper than a configz answer',
      `{"kubeletconfig": ${'['.repeat(100)}`,
      /nested more than 64 levels/,
      1,
    ],
    [
      'a wrong type',
      `{"kubeletconfig": {\n"readOnlyPort": "10255"}}`,
      /readOnlyPort must be a port number 0\.\.65535, got "10255"/,
      2,
    ],
  ])('errors on %s, naming the line', (_what, text, message, line) => {
    const e = bad(['s.txt', text]).errors[0]!;
    expect(e).toMatchObject({ file: 's.txt', message: expect.stringMatching(message) });
    expect(e.line).toBe(line);
  });
});

describe('looksLikeConfigz', () => {
  it.each<[string, string, boolean]>([
    ['the wrapper with a blank before its colon', '{"kubeletconfig" : {}}', true],
    [
      'a configz URL and an object at a line start',
      'x[1] /api/v1/nodes/n/proxy/configz\n{"a": 1}',
      true,
    ],
    ['a configz URL and a { only inside a line', 'x{y} /api/v1/nodes/n/proxy/configz\n', false],
  ])('%s: %s', (_what, text, want) => {
    expect(looksLikeConfigz(text)).toBe(want);
  });
});

describe('reading a configz session', () => {
  const whole = JSON.parse(configz({})).kubeletconfig as Record<string, unknown>;
  const cmd = (node: string) => `$ kubectl get --raw /api/v1/nodes/${node}/proxy/configz\n`;

  it('reads `| jq .kubeletconfig` output after a bracketed prompt ([user@host dir]$, the RHEL default), and still leaves a JSON list to the other readers', () => {
    const inner = JSON.stringify(whole, null, 2);
    const r = ok([
      's',
      `[ops@bastion ~]$ kubectl get --raw /api/v1/nodes/n1/proxy/configz | jq .kubeletconfig\n${inner}\n`,
    ]);
    expect(r.config.pools.map((p) => p.name)).toEqual(['n1']);
    expect(looksLikeConfigz(`[\n  {"note": "/api/v1/nodes/n/proxy/configz"}\n]`)).toBe(false);
  });

  it('finds an object’s end past braces and escaped quotes inside its strings, and lists nothing as ignored', () => {
    const r = ok(['s', `${cmd('n1')}${configz({ providerID: 'a"}{[b\\' })}\n`]);
    expect(r.config.pools.map((p) => p.name)).toEqual(['n1']);
    expect(r.files[0]!.ignored).toEqual([]);
  });

  it('takes only a { at a line start for an object (a shell brace list before it is none)', () => {
    const r = ok([
      's',
      `$ for n in {n1,n2}; do kubectl get --raw /api/v1/nodes/n1/proxy/configz; done\n${configz({})}\n`,
    ]);
    expect(r.config.pools.map((p) => p.name)).toEqual(['n1']);
  });

  it('reads an object nested 64 levels deep, the most it accepts', () => {
    const deep = `{"kubeletconfig": ${JSON.stringify(whole)}, "x": ${'['.repeat(63)}${']'.repeat(63)}}`;
    expect(ok(['s', `${cmd('n1')}${deep}\n`]).config.pools).toHaveLength(1);
  });

  it.each<[string, string]>([
    ['kubeletconfig is a number', '{"kubeletconfig": 5}'],
    ['kubeletconfig is a list', '{"kubeletconfig": []}'],
    [
      'an error answer (Status) after a configz command',
      '{"kind": "Status", "message": "forbidden"}',
    ],
    ['an object with authentication but no authorization', '{"authentication": {}}'],
  ])('reads no configz answer when %s', (_what, body) => {
    expect(bad(['s', `${cmd('n1')}${body}\n`]).errors).toEqual([
      {
        file: 's',
        message: `no configz answer ({"kubeletconfig": {...}}) in this text; found JSON object (line 2): not a configz answer ({"kubeletconfig": {...}})`,
      },
    ]);
  });

  it('reads a bare KubeletConfiguration after a configz command, and not one after another command', () => {
    const kind = '{"kind": "KubeletConfiguration", "apiVersion": "kubelet.config.k8s.io/v1beta1"}';
    expect(ok(['s', `${cmd('n1')}${kind}\n`]).config.pools.map((p) => p.name)).toEqual(['n1']);
    const r = ok([
      's',
      `${cmd('n1')}${configz({})}\n$ cat kubelet.json\n${JSON.stringify(whole)}\n`,
    ]);
    expect(r.pools).toHaveLength(1);
    expect(r.files[0]!.ignored).toEqual([
      'JSON object (line 4): not a configz answer ({"kubeletconfig": {...}})',
    ]);
  });

  it('names at most three ignored objects when it finds no answer, and no "found" when it found none', () => {
    const four = Array.from({ length: 4 }, () => '{"kind": "Node"}').join('\n');
    expect(bad(['s', `"kubeletconfig": see below\n${four}\n`]).errors[0]!.message).toBe(
      'no configz answer ({"kubeletconfig": {...}}) in this text; found JSON object (line 2): not a configz answer ({"kubeletconfig": {...}}); JSON object (line 3): not a configz answer ({"kubeletconfig": {...}}); JSON object (line 4): not a configz answer ({"kubeletconfig": {...}})',
    );
    expect(bad(['s', '"kubeletconfig": none\n']).errors[0]!.message).toBe(
      'no configz answer ({"kubeletconfig": {...}}) in this text',
    );
  });

  it('takes a node name of up to 253 characters (a DNS name), from the command or a node field', () => {
    const node = (r: ReturnType<typeof ok>) => r.pools[0]!.sources[0]!.node;
    const n253 = 'a'.repeat(253);
    const n254 = 'a'.repeat(254);
    expect(node(ok(['s', `${cmd(n253)}${configz({})}\n`]))).toBe(n253);
    expect(node(ok(['s', `${cmd(n254)}${configz({})}\n`]))).toBeUndefined();
    const field = (n: string) => JSON.stringify({ node: n, kubeletconfig: whole });
    expect(node(ok(['s', field(n253)]))).toBe(n253);
    expect(node(ok(['s', field(n254)]))).toBeUndefined();
    expect(node(ok(['s', field('')]))).toBeUndefined();
  });

  it('does not read a command line written inside an object (strings spaced out as shell words)', () => {
    const body = `{"kubeletconfig": ${JSON.stringify(whole)}, "a": "kubelet" , "b": "--read-only-port=10255" }`;
    const r = ok(['s', `${cmd('n1')}${body}\n`]);
    expect(r.config.pools[0]!.kubelet.readOnlyPort).toBe(0);
    expect(r.files[0]!.kinds).toEqual(['kubelet configz (node n1)']);
  });

  it('reads a kubelet command line at the very start of the session, at its line', () => {
    const r = ok([
      's',
      `kubelet --read-only-port=10255 --kubeconfig=/k\n${cmd('n1')}${configz({})}\n`,
    ]);
    expect(r.config.pools[0]!.kubelet.readOnlyPort).toBe(10255);
    expect(r.provenance['kubelet.readOnlyPort']).toMatchObject({ file: 's', line: 1 });
  });

  it('reads a kubelet command line after an object at its own line', () => {
    const r = ok(['s', `${cmd('n1')}${configz({})}\n$ ps\nkubelet --read-only-port=10255\n`]);
    expect(r.config.pools[0]!.kubelet.readOnlyPort).toBe(10255);
    expect(r.provenance['kubelet.readOnlyPort']).toMatchObject({ file: 's', line: 4 });
  });

  it('follows \\ continuations of a kubelet command line in the session', () => {
    const r = ok([
      's',
      `root 9 1 /usr/bin/kubelet \\\n  --read-only-port=10255 \\\n  --kubeconfig=/k\n${cmd('n1')}${configz({})}\n`,
    ]);
    expect(r.config.pools[0]!.kubelet.readOnlyPort).toBe(10255);
    expect(r.provenance['kubelet.readOnlyPort']).toMatchObject({ file: 's', line: 2 });
  });
});
