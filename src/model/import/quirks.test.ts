import { describe, expect, it } from 'vitest';
import { bad, fixture, ok } from './testHelpers';

const one = (text: string, name = 'f') => ok([name, text]);

describe('flag syntax quirks', () => {
  it.each([
    ['--flag=value', 'kube-apiserver --authorization-mode=Node,RBAC', ['Node', 'RBAC']],
    ['--flag value', 'kube-apiserver --authorization-mode Node,RBAC', ['Node', 'RBAC']],
    ['double quotes', 'kube-apiserver --authorization-mode="Node,RBAC"', ['Node', 'RBAC']],
    ['single quotes', "kube-apiserver '--authorization-mode=RBAC'", ['RBAC']],
    [
      'an inline # comment',
      'kube-apiserver --authorization-mode=Webhook # was AlwaysAllow',
      ['Webhook'],
    ],
    [
      'a repeated flag (last wins)',
      'kube-apiserver --authorization-mode=AlwaysAllow --authorization-mode=RBAC',
      ['RBAC'],
    ],
    ['a single-dash flag', 'kube-apiserver -authorization-mode=Node', ['Node']],
    ['a hyperkube wrapper', '/hyperkube kube-apiserver --authorization-mode=Node', ['Node']],
    ['a terminal prompt', 'user@cp-1:~$ sudo kube-apiserver --authorization-mode=Node', ['Node']],
    ['a root prompt', '[root@cp-1 ~]# /usr/bin/kube-apiserver --authorization-mode=ABAC', ['ABAC']],
  ])('reads %s', (_what, text, modes) => {
    expect(one(text).config.apiserver.authorizationModes).toEqual(modes);
  });

  it('normalises underscores to dashes (--insecure_port is --insecure-port)', () => {
    const r = one(
      'kube-apiserver --insecure_port=8080 --kubelet_client_certificate=a --kubelet-client-key=b',
    );
    expect(r.warnings[0]!.message).toMatch(/^--insecure-port:/);
    expect(r.config.apiserver.kubeletClientCertificate).toBe(true);
  });

  it('does not let a boolean flag swallow the next word', () => {
    const r = one('kubelet --anonymous-auth --config /etc/kubelet.yaml');
    expect(r.config.pools[0]!.kubelet.anonymousAuth).toBe(true);
    expect(r.provenance['kubelet.readOnlyPort']).toMatchObject({
      kind: 'default',
      component: 'kubelet (config file defaults)',
    });
  });

  it('keeps placeholders as opaque values: a path placeholder counts as set, a typed one warns', () => {
    const r = one(
      'kube-apiserver --kubelet-certificate-authority=${CA_FILE} --kubelet-client-certificate=<cert> --kubelet-client-key={{ .Key }} --anonymous-auth=${ANON}\nkubelet --read-only-port=<port>',
    );
    expect(r.config.apiserver.kubeletCertificateAuthority).toBe(true);
    expect(r.config.apiserver.kubeletClientCertificate).toBe(true);
    expect(r.config.apiserver.anonymousAuth).toBe(true);
    expect(r.warnings.map((w) => w.message)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('--anonymous-auth=${ANON} is a placeholder'),
        expect.stringContaining('--read-only-port=<port> is a placeholder'),
      ]),
    );
  });

  it('needs both --kubelet-client-certificate and --kubelet-client-key', () => {
    const r = one('kube-apiserver --kubelet-client-certificate=/pki/c.crt');
    expect(r.config.apiserver.kubeletClientCertificate).toBe(false);
    expect(r.warnings[0]).toMatchObject({
      line: 1,
      message: expect.stringContaining('needs both'),
    });
  });

  it('needs both --ssh-user and --ssh-keyfile', () => {
    expect(one('kube-apiserver --ssh-user=x').config.apiserver.sshTunnels).toBe(false);
    expect(one('kube-apiserver --ssh-user=x --ssh_keyfile=/k').config.apiserver.sshTunnels).toBe(
      true,
    );
  });

  it('guesses the binary of a bare flag list from its flags, and refuses to guess from nothing', () => {
    expect(one('--read-only-port=0\n--rotate-server-certificates\n').files[0]!.kinds).toEqual([
      'kubelet command line',
    ]);
    expect(
      one('--kubelet-client-certificate=a\n--kubelet-client-key=b\n').config.apiserver
        .kubeletClientCertificate,
    ).toBe(true);
    expect(bad(['x', '--v=2\n--logtostderr\n']).errors[0]!.message).toContain(
      'do not tell which binary',
    );
  });

  it('reports an unclosed quote with its line instead of failing', () => {
    const r = one('kube-apiserver --authorization-mode=RBAC\n --audit-policy-file="/etc/a.yaml\n');
    expect(r.warnings[0]).toMatchObject({
      line: 2,
      message: expect.stringContaining('quote is never closed'),
    });
  });
});

describe('systemd units', () => {
  it('joins \\ continuations with tabs, expands Environment= and uses the last ExecStart', () => {
    const unit = [
      '[Service]',
      'Environment="A=--authorization-mode=Node,RBAC" "B=--kubelet-client-key=/k"',
      'ExecStart=/bin/false',
      'ExecStart=',
      'ExecStart=-/usr/local/bin/kube-apiserver \\',
      '\t$A \\',
      '\t--kubelet-client-certificate=/c \\',
      '\t${B}',
    ].join('\n');
    const r = one(unit);
    expect(r.config.apiserver.authorizationModes).toEqual(['Node', 'RBAC']);
    expect(r.provenance['apiserver.authorizationModes']).toMatchObject({ line: 2 });
    expect(r.config.apiserver.kubeletClientCertificate).toBe(true);
  });

  it('errors on a unit that runs none of the known binaries', () => {
    expect(
      bad(['etcd.service', '[Service]\nExecStart=/usr/bin/etcd --name x\n']).errors[0]!.message,
    ).toContain('systemd unit without an ExecStart=');
  });
});

describe('manifests', () => {
  it('reads block-style and flow-style args, and a sh -c command line', () => {
    const flow = one(
      'kind: Pod\nspec:\n  containers: [{name: api, image: "registry.k8s.io/kube-apiserver:v1.29.3", command: [kube-apiserver, "--authorization-mode=RBAC"]}]\n',
    );
    expect(flow.config).toMatchObject({
      version: '1.29',
      apiserver: { authorizationModes: ['RBAC'] },
    });
    const sh = one(
      'kind: Pod\nspec:\n  containers:\n  - name: api\n    command: ["/bin/sh", "-c", "exec /usr/local/bin/kube-apiserver --authorization-mode=Node,RBAC --v=2"]\n',
    );
    expect(sh.config.apiserver.authorizationModes).toEqual(['Node', 'RBAC']);
  });

  it.each(['Deployment', 'DaemonSet'])(
    'reads a konnectivity-server %s by its image when only args are given',
    (kind) => {
      const r = one(
        `apiVersion: apps/v1\nkind: ${kind}\nspec:\n  template:\n    spec:\n      containers:\n      - name: server\n        image: registry.k8s.io/kas-network-proxy/proxy-server:v0.30.3\n        args: ["--cluster-ca-cert", "/pki/ca.crt", "--mode", "http-connect"]\n`,
      );
      expect(r.config.konnectivity.agentAuthentication).toBe('mtls');
      expect(r.provenance['konnectivity.agentAuthentication']).toMatchObject({
        line: 9,
        setting: '--cluster-ca-cert',
      });
    },
  );

  it('does not take the konnectivity image tag for the Kubernetes version', () => {
    expect(ok(['s', fixture('konnectivity-server.yaml')]).provenance.version?.kind).toBe('assumed');
  });

  it('reads a List of objects', () => {
    const r = one(
      'apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Pod\n  spec:\n    containers:\n    - command: [kube-apiserver, --anonymous-auth=false]\n',
    );
    expect(r.config.apiserver.anonymousAuth).toBe(false);
  });
});

describe('Konnectivity across files', () => {
  const egress = (conn: string, api = 'v1beta1') =>
    `apiVersion: apiserver.k8s.io/${api}\nkind: EgressSelectorConfiguration\negressSelections:\n- name: cluster\n  connection:\n${conn}`;
  const grpcUds =
    '    proxyProtocol: GRPC\n    transport:\n      uds:\n        udsName: /run/k.sock\n';

  it.each([
    ['GRPC over uds', grpcUds, true, 'uds'],
    [
      'HTTPConnect over tcp with https and tlsConfig',
      '    proxyProtocol: HTTPConnect\n    transport:\n      tcp:\n        url: https://konnectivity:8131\n        tlsConfig:\n          caBundle: /ca\n          clientCert: /c\n          clientKey: /k\n',
      true,
      'tcp-tls',
    ],
    [
      'HTTPConnect over http://',
      '    proxyProtocol: HTTPConnect\n    transport:\n      tcp:\n        url: http://konnectivity:8131\n',
      true,
      'tcp',
    ],
    ['Direct', '    proxyProtocol: Direct\n', false, undefined],
  ])('maps %s', (_what, conn, enabled, frontend) => {
    const r = one(egress(conn));
    expect(r.config.konnectivity.enabled).toBe(enabled);
    if (frontend) expect(r.config.konnectivity.frontend).toBe(frontend);
    expect(r.warnings).toEqual([]);
  });

  it('accepts v1alpha1 and the old name master for controlplane', () => {
    const r = one(
      `apiVersion: apiserver.k8s.io/v1alpha1\nkind: EgressSelectorConfiguration\negressSelections:\n- name: master\n  connection:\n    proxyProtocol: Direct\n- name: cluster\n  connection:\n${grpcUds}`,
    );
    expect(r.config.konnectivity.enabled).toBe(true);
    expect(r.warnings).toEqual([]);
  });

  it.each([
    [
      'GRPC over tcp',
      '    proxyProtocol: GRPC\n    transport:\n      tcp:\n        url: https://k:8131\n        tlsConfig: {clientCert: /c, clientKey: /k}\n',
      'GRPC needs a uds transport',
    ],
    [
      'https without a client certificate',
      '    proxyProtocol: HTTPConnect\n    transport:\n      tcp:\n        url: https://k:8131\n        tlsConfig: {caBundle: /ca}\n',
      'tlsConfig needs clientCert',
    ],
    [
      'https without tlsConfig',
      '    proxyProtocol: HTTPConnect\n    transport:\n      tcp:\n        url: https://k:8131\n',
      'an https:// url needs tlsConfig',
    ],
  ])('warns that kube-apiserver rejects %s', (_what, conn, message) => {
    const r = one(egress(conn));
    expect(r.warnings[0]).toMatchObject({ file: 'f', message: expect.stringContaining(message) });
  });

  it('warns when --mode does not match proxyProtocol, and when the UDS paths differ (old --udsName spelling)', () => {
    const server =
      'kind: Pod\nspec:\n  containers:\n  - command: [/proxy-server]\n    args: ["--mode=http-connect", "--udsName=/run/other.sock", "--agent-namespace=kube-system", "--agent-service-account=konnectivity-agent", "--authentication-audience=system:konnectivity-server"]\n';
    const r = ok(['egress.yaml', egress(grpcUds)], ['server.yaml', server]);
    expect(r.config.konnectivity.agentAuthentication).toBe('service-account-token');
    expect(r.warnings.map((w) => `${w.file}:${w.line}: ${w.message}`)).toEqual([
      expect.stringMatching(/^server\.yaml:5: --udsName is an old spelling of --uds-name/),
      expect.stringMatching(
        /^server\.yaml:5: konnectivity-server --mode=http-connect does not match the egress proxyProtocol GRPC \(egress\.yaml:4\)/,
      ),
      expect.stringMatching(
        /^server\.yaml:5: konnectivity-server --uds-name=\/run\/other\.sock differs from the egress udsName \/run\/k\.sock/,
      ),
    ]);
  });

  it('means Direct for an apiserver without --egress-selector-config-file, and says so', () => {
    const r = ok(
      ['api', 'kube-apiserver --authorization-mode=Node,RBAC'],
      ['server.yaml', fixture('konnectivity-server.yaml')],
    );
    expect(r.config.konnectivity).toMatchObject({
      enabled: false,
      agentAuthentication: 'service-account-token',
    });
    expect(r.provenance['konnectivity.enabled']).toMatchObject({
      kind: 'default',
      detail: expect.stringContaining('dials nodes directly'),
    });
  });

  it('treats a partial token-review flag set as no agent authentication, with a warning', () => {
    const r = one('proxy-server --agent-namespace=kube-system --mode=grpc');
    expect(r.config.konnectivity.agentAuthentication).toBe('none');
    expect(r.warnings[0]!.message).toContain(
      'exits at startup: token review needs all of --agent-namespace, --agent-service-account and --authentication-audience',
    );
  });

  it('warns that the server refuses token review combined with --cluster-ca-cert, and an unknown --mode', () => {
    const r = one(
      'proxy-server --agent-namespace=a --agent-service-account=b --authentication-audience=c --cluster-ca-cert=/ca --mode=tcp',
    );
    expect(r.warnings.map((w) => w.message)).toEqual([
      expect.stringContaining(
        '"--cluster-ca-cert can not be used when agent authentication is enabled"',
      ),
      expect.stringContaining('--mode must be grpc or http-connect, not "tcp"'),
    ]);
  });
});

describe('kubelet', () => {
  it('--rotate-server-certificates means tls-bootstrap and --tls-cert-file means ca-signed', () => {
    expect(
      one('kubelet --rotate-server-certificates --config=/c').config.pools[0]!.kubelet
        .servingCertificate,
    ).toBe('tls-bootstrap');
    expect(
      one('kubelet --tls-cert-file=/pki/kubelet.crt --config=/c').config.pools[0]!.kubelet
        .servingCertificate,
    ).toBe('ca-signed');
  });

  it('applies the flags-only defaults without --config', () => {
    const r = one(
      'kubelet --kubeconfig=/k --container-runtime-endpoint=unix:///run/containerd.sock',
    );
    expect(r.config.pools[0]!.kubelet).toEqual({
      anonymousAuth: true,
      webhookAuthentication: false,
      clientCAFile: false,
      authorizationMode: 'AlwaysAllow',
      readOnlyPort: 10255,
      servingCertificate: 'self-signed',
    });
  });

  it('warns when the apiserver has a kubelet CA while kubelets self-sign', () => {
    const r = ok(
      ['api', 'kube-apiserver --kubelet-certificate-authority=/ca'],
      ['k.yaml', 'kind: KubeletConfiguration\n'],
    );
    expect(r.warnings.map((w) => w.message)).toEqual([
      expect.stringContaining('while kubelets self-sign their serving certificates: logs/exec'),
    ]);
  });
});

describe('errors are values naming file and line', () => {
  it.each<[string, string, RegExp, number | undefined]>([
    ['binary data', 'ELF\u0000\u0001\u0002', /binary data/, 1],
    ['an empty file', '  \n', /file is empty/, undefined],
    [
      'a YAML parse error',
      'kind: KubeletConfiguration\nauthentication: {\n',
      /YAML does not parse/,
      3,
    ],
    [
      'a boolean of the wrong type',
      'kind: KubeletConfiguration\nauthentication:\n  anonymous:\n    enabled: "yes"\n',
      /authentication\.anonymous\.enabled must be true or false, got "yes"/,
      4,
    ],
    [
      'a port out of range',
      'kind: KubeletConfiguration\nreadOnlyPort: 70000\n',
      /readOnlyPort must be a port number/,
      2,
    ],
    [
      'a bad kubelet --read-only-port',
      'kubelet --read-only-port=ten',
      /--read-only-port must be a port number/,
      1,
    ],
    [
      'a bad boolean flag',
      'kube-apiserver --anonymous-auth=maybe',
      /--anonymous-auth must be true or false/,
      1,
    ],
    [
      'a repeated authorization mode',
      'kube-apiserver --authorization-mode=RBAC,RBAC',
      /lists a mode twice/,
      1,
    ],
    [
      'an unknown kubelet authorization mode',
      'kubelet --authorization-mode=RBAC',
      /kubelet --authorization-mode must be AlwaysAllow or Webhook/,
      1,
    ],
  ])('%s', (_what, text, message, line) => {
    const e = bad(['in.yaml', text]).errors[0]!;
    expect(e).toMatchObject({ file: 'in.yaml', message: expect.stringMatching(message) });
    expect(e.line).toBe(line);
  });

  it('rejects text over 5 MB without parsing it', () => {
    expect(bad(['big', 'a'.repeat(5 * 1024 * 1024 + 1)]).errors[0]!.message).toContain(
      'larger than 5 MB',
    );
  });

  it('keeps the other files listed when one fails', () => {
    const r = bad(['good.json', fixture('eks-kubelet-config.json')], ['bad.txt', 'hello']);
    expect(r.files.map((f) => [f.name, f.kinds])).toEqual([
      ['good.json', ['KubeletConfiguration']],
      ['bad.txt', []],
    ]);
    expect(r.errors).toHaveLength(1);
  });
});

describe('prototype pollution', () => {
  it('treats __proto__ and constructor keys as plain data', () => {
    const text = [
      'kind: KubeletConfiguration',
      '__proto__: {readOnlyPort: 10255, polluted: true}',
      'constructor: {prototype: {polluted: true}}',
      'authentication:',
      '  __proto__: {anonymous: {enabled: true}}',
      'readOnlyPort: 0',
    ].join('\n');
    const r = one(text);
    expect(r.config.pools[0]!.kubelet.readOnlyPort).toBe(0);
    expect(r.config.pools[0]!.kubelet.anonymousAuth).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const flags = one('kube-apiserver --__proto__=x --constructor=y --authorization-mode=RBAC');
    expect(flags.config.apiserver.authorizationModes).toEqual(['RBAC']);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    const names = one(
      'kube-apiserver --constructor=y --constructor=z --toString=1 --hasOwnProperty=2',
    );
    expect(names.warnings.map((w) => w.message)).toEqual([
      '--constructor is repeated (again on line 1); the last one wins',
    ]);
    const cc = one(
      'kind: ClusterConfiguration\napiServer:\n  extraArgs:\n    __proto__: "a"\n    anonymous-auth: "false"\n',
    );
    expect(cc.config.apiserver.anonymousAuth).toBe(false);
  });
});

describe('resource bounds', () => {
  it('refuses a file of endless YAML documents', () => {
    expect(bad(['many.yaml', 'kind: Pod\n---\n'.repeat(1500)]).errors[0]!.message).toContain(
      '1501 YAML documents',
    );
  });

  // The quadratic version regex took minutes on this input; the test timeout catches a hang.
  it('reads a long unclosed quote full of version-like words', () => {
    const r = ok(['q', `kube-apiserver --authorization-mode=RBAC "${'x/v1.2.3/'.repeat(100_000)}`]);
    expect(r.config.apiserver.authorizationModes).toEqual(['RBAC']);
  }, 30_000);
});

describe('kubeadm node registration', () => {
  it('reads kubeletExtraArgs (v1beta4 list) as kubelet flags over the file kubeadm writes', () => {
    const r = ok(['join.yaml', fixture('kubeadm-join-v1beta4.yaml')]);
    expect(r.files[0]!.kinds).toEqual(['kubeadm JoinConfiguration (kubeletExtraArgs)']);
    expect(r.config.pools[0]!.kubelet).toMatchObject({
      readOnlyPort: 10255,
      clientCAFile: true,
      anonymousAuth: false,
      authorizationMode: 'Webhook',
    });
    expect(r.provenance['kubelet.readOnlyPort']).toMatchObject({
      kind: 'file',
      line: 14,
      setting: '--read-only-port',
    });
    expect(r.provenance['kubelet.clientCAFile']).toMatchObject({
      kind: 'default',
      component: 'kubelet (the config file kubeadm writes)',
    });
    expect(r.warnings).toEqual([]);
  });

  it("applies kubeletExtraArgs (a v1beta3 map) over the KubeletConfiguration of the same file, whose own values win and whose absent fields take kubeadm's", () => {
    const r = ok([
      'init.yaml',
      'apiVersion: kubeadm.k8s.io/v1beta3\nkind: InitConfiguration\nnodeRegistration:\n  kubeletExtraArgs:\n    rotate-server-certificates: "true"\n---\nkind: KubeletConfiguration\nauthentication:\n  anonymous:\n    enabled: true\n',
    ]);
    expect(r.pools).toEqual([expect.objectContaining({ nodes: 1, files: ['init.yaml'] })]);
    expect(r.config.pools[0]!.kubelet).toEqual({
      servingCertificate: 'tls-bootstrap',
      anonymousAuth: true,
      // kubeadm fills in authentication.x509.clientCAFile (cmd/kubeadm/app/componentconfigs/kubelet.go).
      clientCAFile: true,
      webhookAuthentication: true,
      authorizationMode: 'Webhook',
      readOnlyPort: 0,
    });
    expect(r.provenance['kubelet.clientCAFile']).toMatchObject({
      kind: 'default',
      component: 'kubelet (the config file kubeadm writes)',
    });
    expect(r.provenance['kubelet.servingCertificate']).toMatchObject({
      line: 5,
      setting: '--rotate-server-certificates',
    });
  });
});

describe('environment files', () => {
  it('reads KUBELET_EXTRA_ARGS from /etc/default/kubelet and merges it with the unit that sources it', () => {
    const r = ok(
      ['10-kubeadm.conf', fixture('10-kubeadm.conf')],
      ['kubelet', fixture('etc-default-kubelet.env')],
    );
    expect(r.files[1]!.kinds).toEqual(['kubelet environment file']);
    expect(r.config.pools[0]!.kubelet).toMatchObject({
      readOnlyPort: 10255,
      anonymousAuth: true,
      authorizationMode: 'Webhook',
    });
    expect(r.provenance['kubelet.readOnlyPort']).toMatchObject({
      file: 'kubelet',
      line: 2,
      setting: '--read-only-port',
    });
  });
});
