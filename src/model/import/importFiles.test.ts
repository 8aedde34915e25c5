import { describe, expect, it } from 'vitest';
import { getKey, type ConfigKey, type ConfigValue } from '../config';
import { importFiles } from './importFiles';
import { bad, fixture, ok, said } from './testHelpers';

const fx = (...names: string[]) => ok(...names.map((n): [string, string] => [n, fixture(n)]));


describe('importing realistic samples', () => {
  it.each<
    [
      string[],
      string[],
      Partial<Record<ConfigKey, ConfigValue>>,
      Partial<Record<ConfigKey, number>>,
    ]
  >([
    [
      ['kubeadm-1.30-kube-apiserver.yaml'],
      ['kube-apiserver Pod manifest'],
      {
        version: '1.30',
        'apiserver.authorizationModes': ['Node', 'RBAC'],
        'apiserver.kubeletClientCertificate': true,
        'apiserver.kubeletCertificateAuthority': false,
        'apiserver.anonymousAuth': true,
        'konnectivity.enabled': false,
      },
      { version: 43, 'apiserver.authorizationModes': 18, 'apiserver.kubeletClientCertificate': 27 },
    ],
    [
      ['kubeadm-1.21-kube-apiserver.yaml'],
      ['kube-apiserver Pod manifest'],
      { version: '1.21', 'apiserver.kubeletClientCertificate': true },
      { version: 44 },
    ],
    [
      ['hard-way-kube-apiserver.service'],
      ['kube-apiserver systemd unit'],
      {
        version: '1.21',
        'apiserver.kubeletCertificateAuthority': true,
        'apiserver.kubeletClientCertificate': true,
      },
      {
        version: 6,
        'apiserver.kubeletCertificateAuthority': 21,
        'apiserver.authorizationModes': 13,
      },
    ],
    [
      ['hard-way-kubelet-config.yaml'],
      ['KubeletConfiguration'],
      {
        'kubelet.anonymousAuth': false,
        'kubelet.clientCAFile': true,
        'kubelet.servingCertificate': 'ca-signed',
        'kubelet.readOnlyPort': 0,
      },
      { 'kubelet.servingCertificate': 18, 'kubelet.clientCAFile': 9 },
    ],
    [
      ['eks-kubelet-config.json'],
      ['KubeletConfiguration'],
      {
        'kubelet.servingCertificate': 'tls-bootstrap',
        'kubelet.readOnlyPort': 0,
        'kubelet.authorizationMode': 'Webhook',
        'kubelet.webhookAuthentication': true,
      },
      { 'kubelet.servingCertificate': 34, 'kubelet.readOnlyPort': 26 },
    ],
    [
      ['kubelet-flags-only.service'],
      ['kubelet systemd unit'],
      {
        'kubelet.anonymousAuth': false,
        'kubelet.authorizationMode': 'Webhook',
        'kubelet.readOnlyPort': 10255,
        'kubelet.webhookAuthentication': false,
      },
      { 'kubelet.anonymousAuth': 10, 'kubelet.clientCAFile': 12 },
    ],
    [
      ['10-kubeadm.conf'],
      ['kubelet systemd unit'],
      { 'kubelet.anonymousAuth': false, 'kubelet.readOnlyPort': 0, 'kubelet.clientCAFile': false },
      {},
    ],
    [
      ['kubeadm-config-v1beta3.yaml'],
      ['kubeadm ClusterConfiguration', 'KubeletConfiguration'],
      {
        version: '1.28',
        'apiserver.anonymousAuth': false,
        'apiserver.kubeletCertificateAuthority': true,
        'apiserver.authorizationModes': ['Node', 'RBAC'],
        'kubelet.servingCertificate': 'tls-bootstrap',
      },
      { version: 8, 'apiserver.anonymousAuth': 16, 'kubelet.servingCertificate': 23 },
    ],
    [
      ['kubeadm-config-v1beta4.yaml'],
      ['kubeadm ClusterConfiguration'],
      {
        version: '1.31',
        'apiserver.kubeletCertificateAuthority': true,
        'apiserver.kubeletClientCertificate': true,
      },
      { 'apiserver.authorizationModes': 6, 'apiserver.kubeletCertificateAuthority': 8 },
    ],
    [
      ['ps-output.txt'],
      ['kube-apiserver command line', 'kubelet command line'],
      { 'apiserver.kubeletClientCertificate': true, 'kubelet.readOnlyPort': 0 },
      { 'apiserver.authorizationModes': 2 },
    ],
    [
      ['flags-per-line.txt'],
      ['kube-apiserver command line'],
      { 'apiserver.authorizationModes': ['RBAC'], 'apiserver.anonymousAuth': true },
      { 'apiserver.authorizationModes': 9 },
    ],
    [
      ['gce-1.21-legacy-ssh.txt'],
      ['kube-apiserver command line'],
      { version: '1.21', 'apiserver.sshTunnels': true },
      { version: 2, 'apiserver.sshTunnels': 4 },
    ],
    [
      ['konnectivity-egress.yaml', 'konnectivity-server.yaml', 'konnectivity-agent.yaml'],
      ['EgressSelectorConfiguration'],
      {
        'konnectivity.enabled': true,
        'konnectivity.frontend': 'uds',
        'konnectivity.agentAuthentication': 'service-account-token',
      },
      {
        'konnectivity.enabled': 6,
        'konnectivity.frontend': 12,
        'konnectivity.agentAuthentication': 26,
      },
    ],
  ])('%j is read as %j with the right values and lines', (names, kinds, values, lines) => {
    const r = fx(...names);
    expect(r.files[0]!.kinds).toEqual(kinds);
    for (const [k, v] of Object.entries(values))
      expect([k, getKey(r.config, k as ConfigKey)]).toEqual([k, v]);
    for (const [k, line] of Object.entries(lines))
      expect([k, r.provenance[k]]).toMatchObject([
        k,
        {
          kind: 'file',
          file: names.find(
            (n) =>
              r.provenance[k]?.kind === 'file' && (r.provenance[k] as { file: string }).file === n,
          ),
          line,
        },
      ]);
  });

  it('marks keys no file describes as assumed from the base preset, and absent settings as upstream defaults', () => {
    const r = fx('hard-way-kube-apiserver.service');
    expect(r.provenance['kubelet.anonymousAuth']).toEqual({ kind: 'assumed', preset: 'kubeadm' });
    expect(r.provenance['network.untrusted']).toEqual({ kind: 'assumed', preset: 'kubeadm' });
    expect(r.provenance['apiserver.anonymousAuth']).toMatchObject({
      kind: 'default',
      component: 'kube-apiserver',
    });
    const flagsOnlyBase = importFiles(
      [{ name: 'a', text: fixture('hard-way-kube-apiserver.service') }],
      'flags-only',
    );
    expect(flagsOnlyBase.ok && flagsOnlyBase.config.pools[0]!.kubelet.readOnlyPort).toBe(10255);
  });

  it('takes the kubelet config file and lets kubelet flags override it', () => {
    const r = ok(
      [
        'kubelet.service',
        fixture('hard-way-kubelet.service').replace(
          '--register-node=true',
          '--register-node=true --read-only-port=10255 --anonymous-auth',
        ),
      ],
      ['kubelet-config.yaml', fixture('hard-way-kubelet-config.yaml')],
    );
    expect(r.config.pools[0]!.kubelet).toMatchObject({
      readOnlyPort: 10255,
      anonymousAuth: true,
      clientCAFile: true,
      servingCertificate: 'ca-signed',
    });
    expect(r.provenance['kubelet.readOnlyPort']).toMatchObject({
      file: 'kubelet.service',
      line: 13,
      setting: '--read-only-port',
    });
    expect(r.provenance['kubelet.clientCAFile']).toMatchObject({
      file: 'kubelet-config.yaml',
      line: 9,
    });
    expect(r.warnings.some((w) => w.message.includes('was not imported'))).toBe(false);
  });

  it('makes the pitfalls of the samples warnings with file and line', () => {
    const w = (name: string) => fx(name).warnings.map((x) => `${x.line}: ${x.message}`);
    expect(w('hard-way-kube-apiserver.service')).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^24: --kubelet-https was removed in v1\.22.*This is v1\.21: still accepted/,
        ),
        expect.stringMatching(
          /^21: --kubelet-certificate-authority is set while kubelets self-sign/,
        ),
      ]),
    );
    expect(w('kubeadm-1.21-kube-apiserver.yaml')).toEqual([
      expect.stringMatching(
        /^26: --insecure-port: .*This is v1\.21: accepted; remove it before upgrading to v1\.24/,
      ),
    ]);
    expect(w('flags-per-line.txt')).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^3: --authorization-mode is repeated \(again on line 9\); the last one wins/,
        ),
        expect.stringMatching(/^4: --insecure-port: insecure .* removed in v1\.20/),
        expect.stringMatching(/^5: --insecure-bind-address/),
        expect.stringMatching(
          /^6: --admission-control is the old name of --enable-admission-plugins/,
        ),
      ]),
    );
    expect(w('gce-1.21-legacy-ssh.txt')).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^4: --ssh-user was removed in v1\.22.*unknown flag: --ssh-user/),
      ]),
    );
    expect(w('kubelet-flags-only.service')).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^8: .*read-only port 10255 is open .*kube-bench passes this check/),
        expect.stringMatching(/^13: ExecStart uses \$KUBELET_EXTRA_ARGS/),
      ]),
    );
    expect(w('kubeadm-config-v1beta3.yaml')).toEqual([
      expect.stringMatching(/^15: --egress-selector-config-file=.* was not imported/),
    ]);
    expect(
      fx('konnectivity-egress.yaml', 'konnectivity-server.yaml', 'konnectivity-agent.yaml')
        .warnings,
    ).toEqual([]);
  });

  it('lists documents it does not model instead of dropping them silently', () => {
    const r = fx('konnectivity-agent.yaml', 'kubeadm-config-v1beta3.yaml');
    expect(r.files[0]!.ignored).toEqual([
      'ServiceAccount konnectivity-agent (line 46): not a kind that sets these paths',
    ]);
    expect(r.files[1]!.ignored).toEqual([
      'InitConfiguration (line 1): no nodeRegistration.kubeletExtraArgs',
    ]);
  });

  it('sharpens removed-flag warnings with the version: 1.24 exits, 1.20-1.23 refuses non-zero, 1.19 serves plain HTTP', () => {
    const at = (v: string, flag: string) =>
      ok(['x', `image: registry.k8s.io/kube-apiserver:v${v}.0\nkube-apiserver ${flag}`])
        .warnings[0]!.message;
    expect(at('1.24', '--insecure-port=0')).toContain(
      'This is v1.24: kube-apiserver exits at startup',
    );
    expect(at('1.22', '--insecure-port=8080')).toContain('refuses a non-zero value');
    expect(at('1.19', '--insecure-port=8080')).toContain(
      'served without authentication or authorization on port 8080',
    );
    expect(at('1.22', '--ssh-user=a --ssh-keyfile=b')).toContain(
      'This is v1.22: it does not start',
    );
  });
});

describe('importFiles across files', () => {
  it('is an error, naming no file, when no file is given', () => {
    expect(importFiles([], 'kubeadm')).toEqual({
      ok: false,
      errors: [{ file: '(none)', message: 'no files to import' }],
      files: [],
    });
  });

  it('warns once about a kubelet flag another file of the same pool gives again', () => {
    const r = ok(
      ['a.service', '[Service]\nExecStart=/usr/bin/kubelet --read-only-port=0\n'],
      ['b.txt', 'kubelet --read-only-port=10255'],
    );
    expect(r.config.pools[0]!.kubelet.readOnlyPort).toBe(10255);
    expect(said(r)).toEqual([
      'b.txt:1: --read-only-port is given again (first at a.service:2); the last one wins',
    ]);
  });

  it('gives the apiserver kubeadm defaults when one of its files is kubeadm’s', () => {
    const r = ok(
      [
        'cc.yaml',
        'apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\napiServer:\n  extraArgs:\n    anonymous-auth: "false"\n',
      ],
      ['ps.txt', 'root 1 0 kube-apiserver --secure-port=6443'],
    );
    expect(r.config.apiserver.authorizationModes).toEqual(['Node', 'RBAC']);
    expect(r.provenance['apiserver.authorizationModes']).toMatchObject({
      kind: 'default',
      component: 'kubeadm kube-apiserver manifest',
    });
  });

  it('lists errors by file in input order, whatever stage found them, a file’s lineless error after', () => {
    const r = bad(
      ['a.service', '[Service]\nExecStart=/usr/bin/kubelet --read-only-port=abc\n'],
      ['b.txt', ''],
    );
    expect(r.errors).toEqual([
      {
        file: 'a.service',
        line: 2,
        message: '--read-only-port must be a port number 0..65535, got "abc"',
      },
      { file: 'b.txt', message: 'file is empty' },
    ]);
  });

  it('lists the errors of one file by line, whatever stage found them', () => {
    // Found in the order line 2, line 3 (the apiserver), line 1 (the kubelet).
    const r = bad([
      'ps.txt',
      'kubelet --read-only-port=abc\nkube-apiserver --anonymous-auth=maybe\n--authorization-mode=Bogus\n',
    ]);
    expect(r.errors.map((e) => `${e.file}:${e.line}`)).toEqual([
      'ps.txt:1',
      'ps.txt:2',
      'ps.txt:3',
    ]);
  });

  it('says a self-signing kubelet behind a kubelet CA is assumed when no kubelet file was imported, and not when one was', () => {
    const api: [string, string] = [
      'api.txt',
      'kube-apiserver --kubelet-certificate-authority=/etc/ca.crt',
    ];
    const assumed = ok(api);
    expect(assumed.warnings.map((w) => w.message)).toEqual([
      expect.stringContaining(
        'kubelets self-sign their serving certificates (assumed: no kubelet file was imported)',
      ),
    ]);
    const read = ok(api, [
      'k.yaml',
      'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n',
    ]);
    expect(read.warnings.map((w) => w.message)).toEqual([
      expect.stringContaining('kubelets self-sign their serving certificates: logs/exec'),
    ]);
  });

  it('does not sharpen a removed-flag warning with the base preset’s version when no file gives one', () => {
    const r = ok(['api.txt', 'kube-apiserver --insecure-port=8080']);
    expect(r.warnings.map((w) => w.message)).toContain(
      '--insecure-port: insecure (plain HTTP, unauthenticated) serving was removed in v1.20 (v1.20–v1.23 accept only --insecure-port=0 / --port=0) and the flag was removed in v1.24 ("unknown flag").',
    );
  });

  it('checks the konnectivity-agent’s flags against the server’s: token review needs a token path', () => {
    const r = ok(
      [
        'server.txt',
        'proxy-server --agent-namespace=kube-system --agent-service-account=konnectivity-agent --authentication-audience=system:konnectivity-server',
      ],
      ['agent.txt', 'proxy-agent --proxy-server-host=k --ca-cert=/ca'],
    );
    expect(said(r)).toContain(
      'agent.txt:1: konnectivity-server reviews agent tokens, but this agent has no --service-account-token-path: it cannot authenticate',
    );
  });
});

describe('Konnectivity from the egress configuration and the server', () => {
  // The cluster selection starts on line 4, its transport on line 7.
  const egress = (conn: string, selection = 'cluster') =>
    [
      'egress.yaml',
      `apiVersion: apiserver.k8s.io/v1beta1\nkind: EgressSelectorConfiguration\negressSelections:\n- name: ${selection}\n  connection:\n${conn}`,
    ] as [string, string];
  const grpc = (uds: string) => `    proxyProtocol: GRPC\n    transport:\n      uds:${uds}\n`;
  const server = (flags: string): [string, string] => ['server.txt', `proxy-server ${flags}`];
  const protocolAt = (protocol: string) => ({
    file: 'egress.yaml',
    line: 4,
    setting: `egressSelections[cluster].connection.proxyProtocol: ${protocol}`,
  });

  it('leaves serverMatchesEgress assumed when the cluster traffic goes Direct, or no selection is the cluster’s', () => {
    for (const e of [
      egress('    proxyProtocol: Direct\n'),
      egress('    proxyProtocol: Direct\n', 'etcd'),
    ]) {
      const r = ok(e, server('--mode=grpc'));
      expect(r.config.konnectivity.enabled).toBe(false);
      expect(r.provenance['konnectivity.serverMatchesEgress']).toEqual({
        kind: 'assumed',
        preset: 'kubeadm',
      });
    }
  });

  it('matches an http-connect server with HTTPConnect over tcp', () => {
    const r = ok(
      egress(
        '    proxyProtocol: HTTPConnect\n    transport:\n      tcp:\n        url: http://k:8131\n',
      ),
      server('--mode=http-connect'),
    );
    expect(r.config.konnectivity.serverMatchesEgress).toBe(true);
    expect(r.provenance['konnectivity.serverMatchesEgress']).toEqual({
      kind: 'file',
      file: 'server.txt',
      line: 1,
      setting: '--mode=http-connect',
      also: [protocolAt('HTTPConnect')],
    });
  });

  it('matches a server without --mode (grpc) and without --uds-name with GRPC, at the server’s command line', () => {
    const r = ok(egress(grpc('\n        udsName: /run/k.sock')), server('--agent-port=8132'));
    expect(r.config.konnectivity.serverMatchesEgress).toBe(true);
    expect(r.provenance['konnectivity.serverMatchesEgress']).toEqual({
      kind: 'file',
      file: 'server.txt',
      line: 1,
      setting: '--mode (absent: grpc)',
      also: [protocolAt('GRPC')],
    });
  });

  it('does not compare the server’s --uds-name with an egress uds that names no socket', () => {
    const r = ok(egress(grpc(' {}')), server('--mode=grpc --uds-name=/run/k.sock'));
    expect(r.config.konnectivity.serverMatchesEgress).toBe(true);
    expect(r.warnings.map((w) => w.message)).toContain(
      'kube-apiserver refuses this egress configuration at startup: udsName is empty',
    );
  });

  it('reads a cluster selection without proxyProtocol as Direct, at the selection’s line', () => {
    const r = ok(egress('    transport: {}\n'));
    expect(r.config.konnectivity.enabled).toBe(false);
    expect(r.provenance['konnectivity.enabled']).toEqual({
      kind: 'file',
      file: 'egress.yaml',
      line: 4,
      setting: 'egressSelections[cluster].connection.proxyProtocol',
    });
  });

  it('reads an egress configuration without a cluster selection as Direct, at the document', () => {
    const r = ok(egress('    proxyProtocol: GRPC\n', 'etcd'));
    expect(r.config.konnectivity.enabled).toBe(false);
    expect(r.provenance['konnectivity.enabled']).toEqual({
      kind: 'file',
      file: 'egress.yaml',
      line: 1,
      setting: 'egressSelections (no cluster selection: Direct)',
    });
  });

  it('leaves the frontend assumed for HTTPConnect without a transport', () => {
    const r = ok(egress('    proxyProtocol: HTTPConnect\n'));
    expect(r.config.konnectivity.enabled).toBe(true);
    expect(r.provenance['konnectivity.frontend']).toEqual({ kind: 'assumed', preset: 'kubeadm' });
  });

  it('warns at the apiserver that lacks --egress-selector-config-file when an egress configuration is imported, and not when it has one', () => {
    const e = egress(grpc('\n        udsName: /run/k.sock'));
    expect(said(ok(e, ['api.txt', 'kube-apiserver --authorization-mode=Node,RBAC']))).toEqual([
      'api.txt:1: an EgressSelectorConfiguration was imported, but this kube-apiserver has no --egress-selector-config-file: it would dial nodes directly',
    ]);
    expect(
      said(
        ok(e, [
          'api.txt',
          'kube-apiserver --authorization-mode=Node,RBAC --egress-selector-config-file=/e',
        ]),
      ),
    ).toEqual([]);
  });

  it('gives the frontend a default, named after the apiserver file, when the apiserver has no egress configuration', () => {
    const r = ok(['api.txt', 'kube-apiserver --authorization-mode=Node,RBAC']);
    expect(r.provenance['konnectivity.frontend']).toEqual({
      kind: 'default',
      component: 'kube-apiserver',
      detail: 'no egress configuration (frontend unused)',
      file: 'api.txt',
    });
  });
});
