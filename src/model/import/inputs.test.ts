import { describe, expect, it } from 'vitest';
import { assess } from '../assess';
import { bad, fixture, ok } from './testHelpers';

const stateOf = (config: Parameters<typeof assess>[0], id: string) =>
  assess(config)
    .paths.filter((p) => p.id === id)
    .map((p) => p.state);

describe('kubeadm multi-document files', () => {
  it('read Init + Cluster + Kubelet + KubeProxy configuration with kubeadm defaults: not broken (it was)', () => {
    const r = ok(['kubeadm-multidoc.yaml', fixture('kubeadm-multidoc.yaml')]);
    expect(r.files[0]).toEqual({
      name: 'kubeadm-multidoc.yaml',
      kinds: [
        'kubeadm InitConfiguration (kubeletExtraArgs)',
        'kubeadm ClusterConfiguration',
        'KubeletConfiguration',
      ],
      ignored: ['KubeProxyConfiguration (line 23): not a kind that sets these paths'],
    });
    expect(r.config.version).toBe('1.32');
    // cmd/kubeadm/app/phases/controlplane/manifests.go and componentconfigs/kubelet.go.
    expect(r.config.apiserver).toMatchObject({
      authorizationModes: ['Node', 'RBAC'],
      kubeletClientCertificate: true,
      kubeletCertificateAuthority: false,
    });
    expect(r.config.pools[0]!.kubelet).toEqual({
      anonymousAuth: false,
      webhookAuthentication: true,
      clientCAFile: true,
      authorizationMode: 'Webhook',
      readOnlyPort: 0,
      servingCertificate: 'self-signed',
    });
    expect(r.provenance['apiserver.authorizationModes']).toMatchObject({
      kind: 'default',
      component: 'kubeadm kube-apiserver manifest',
    });
    expect(r.provenance['kubelet.clientCAFile']).toMatchObject({
      kind: 'default',
      component: 'kubelet (the config file kubeadm writes)',
      detail: 'clientCAFile set by kubeadm',
    });
    expect(stateOf(r.config, 'apiserver-kubelet')).toEqual(['unverified']);
    expect(r.warnings).toEqual([]);
  });

  it('keeps a clientCAFile the KubeletConfiguration sets itself, and the config-file defaults outside kubeadm files', () => {
    const doc = 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n';
    expect(ok(['k.yaml', doc]).config.pools[0]!.kubelet.clientCAFile).toBe(false);
    const own = ok([
      'k.yaml',
      `kind: ClusterConfiguration\n---\n${doc}authentication:\n  x509:\n    clientCAFile: /pki/other.crt\n`,
    ]);
    expect(own.provenance['kubelet.clientCAFile']).toMatchObject({ kind: 'file', line: 7 });
  });
});

describe('unknown KubeletConfiguration fields', () => {
  it('warn with their line (and the real spelling), and change nothing', () => {
    const text = [
      'apiVersion: kubelet.config.k8s.io/v1beta1',
      'kind: KubeletConfiguration',
      'readonlyPort: 10255',
      'authentication:',
      '  anonymous:',
      '    enable: true',
      'frobnicate: yes',
    ].join('\n');
    const r = ok(['k.yaml', text]);
    expect(r.config.pools[0]!.kubelet).toMatchObject({ readOnlyPort: 0, anonymousAuth: false });
    expect(r.warnings.map((w) => `${w.line}: ${w.message}`)).toEqual([
      expect.stringMatching(
        /^3: unknown KubeletConfiguration field "readonlyPort" \(the field is "readOnlyPort": names are case-sensitive\): the kubelet ignores it/,
      ),
      expect.stringMatching(
        /^6: unknown KubeletConfiguration field "authentication\.anonymous\.enable": /,
      ),
      expect.stringMatching(/^7: unknown KubeletConfiguration field "frobnicate": /),
    ]);
  });

  it('are listed up to ten per document, then counted', () => {
    const text = `kind: KubeletConfiguration\n${Array.from({ length: 12 }, (_, i) => `x${i}: 1`).join('\n')}\n`;
    const w = ok(['k.yaml', text]).warnings;
    expect(w).toHaveLength(11);
    expect(w[10]).toMatchObject({
      line: 12,
      message: '2 more unknown KubeletConfiguration fields',
    });
  });

  it('are not reported for configz, which a kubelet of another version writes', () => {
    expect(
      ok([
        's',
        '{"kubeletconfig": {"authentication": {"anonymous": {"enabled": false}, "webhook": {"enabled": true}}, "authorization": {"mode": "Webhook"}, "someNewField": 1}}',
      ]).warnings,
    ).toEqual([]);
  });
});

describe('versions from hyperkube images and binary URLs', () => {
  const pod = (image: string, command = '[/hyperkube, apiserver, --authorization-mode=RBAC]') =>
    `kind: Pod\nspec:\n  containers:\n  - name: api\n    image: ${image}\n    command: ${command}\n`;
  it.each<[string, string, string | undefined]>([
    ['a CoreOS hyperkube static Pod', fixture('coreos-hyperkube-apiserver.yaml'), '1.5'],
    ['hyperkube:v1.2.3_coreos.0', pod('quay.io/coreos/hyperkube:v1.2.3_coreos.0'), '1.2'],
    ['hyperkube-amd64:v1.9.0', pod('gcr.io/google_containers/hyperkube-amd64:v1.9.0'), '1.9'],
    [
      'kube-apiserver pinned by digest only',
      pod(
        `registry.k8s.io/kube-apiserver@sha256:${'ab12'.repeat(16)}`,
        '[kube-apiserver, --authorization-mode=RBAC]',
      ),
      undefined,
    ],
    [
      'kube-apiserver:latest',
      pod('registry.k8s.io/kube-apiserver:latest', '[kube-apiserver, --authorization-mode=RBAC]'),
      undefined,
    ],
    [
      'a hyperkube binary URL in a unit',
      '[Service]\nExecStartPre=/usr/bin/curl -Lo /opt/bin/hyperkube https://storage.googleapis.com/kubernetes-release/release/v1.7.4/bin/linux/amd64/hyperkube\nExecStart=/opt/bin/hyperkube apiserver --authorization-mode=RBAC\n',
      '1.7',
    ],
  ])('%s', (_what, text, version) => {
    const r = ok(['f', text]);
    expect(r.config.apiserver.authorizationModes).toEqual(['RBAC']);
    expect(r.provenance.version?.kind).toBe(version ? 'file' : 'assumed');
    if (version) expect(r.config.version).toBe(version);
  });
});

describe('konnectivity.serverMatchesEgress', () => {
  const egress = fixture('konnectivity-egress.yaml');
  const server = fixture('konnectivity-server.yaml');
  it('is true, with the server --mode and egress proxyProtocol lines, when they match', () => {
    const r = ok(['egress.yaml', egress], ['server.yaml', server]);
    expect(r.config.konnectivity.serverMatchesEgress).toBe(true);
    expect(r.provenance['konnectivity.serverMatchesEgress']).toEqual({
      kind: 'file',
      file: 'server.yaml',
      line: 21,
      setting: '--mode=grpc',
      also: [
        {
          file: 'egress.yaml',
          line: 6,
          setting: 'egressSelections[cluster].connection.proxyProtocol: GRPC',
        },
        {
          file: 'server.yaml',
          line: 16,
          setting: '--uds-name=/etc/kubernetes/konnectivity-server/konnectivity-server.socket',
        },
        {
          file: 'egress.yaml',
          line: 12,
          setting:
            'transport.uds.udsName: /etc/kubernetes/konnectivity-server/konnectivity-server.socket',
        },
      ],
    });
  });

  it.each<[string, string, number, string]>([
    [
      '--mode does not match proxyProtocol',
      server.replace('--mode=grpc', '--mode=http-connect'),
      21,
      '--mode=http-connect',
    ],
    [
      '--uds-name differs from udsName',
      server.replace('konnectivity-server.socket"', 'other.socket"'),
      16,
      '--uds-name=/etc/kubernetes/konnectivity-server/other.socket',
    ],
  ])(
    'is false when %s: the tunnel is broken, and the wrong line comes first',
    (_what, text, line, setting) => {
      const r = ok(
        ['egress.yaml', egress],
        ['server.yaml', text],
        ['api', 'kube-apiserver --egress-selector-config-file=/e --authorization-mode=Node,RBAC'],
      );
      expect(r.config.konnectivity.serverMatchesEgress).toBe(false);
      expect(r.provenance['konnectivity.serverMatchesEgress']).toMatchObject({
        file: 'server.yaml',
        line,
        setting,
      });
      expect(stateOf(r.config, 'apiserver-kubelet')).toEqual(['broken']);
    },
  );

  it('is assumed when only one side is imported', () => {
    expect(ok(['egress.yaml', egress]).provenance['konnectivity.serverMatchesEgress']).toEqual({
      kind: 'assumed',
      preset: 'kubeadm',
    });
  });
});

describe('a format that is not understood is an error, never a guess', () => {
  it.each([
    ['a binary named without flags', 'ops@node-1:~$ sudo systemctl restart kubelet\n'],
    ['prose that names a binary', 'the kubelet on node-1 restarted after the upgrade\n'],
  ])('%s is not read as a flags-only kubelet', (_what, text) => {
    expect(bad(['notes.txt', text]).errors[0]!.message).toMatch(/^not a known kind/);
  });

  it('still reads a kubelet named with its flags', () => {
    expect(
      ok(['ps', 'root 1 0 /usr/bin/kubelet --read-only-port=0 --config=/c']).files[0]!.kinds,
    ).toEqual(['kubelet command line']);
  });
});
