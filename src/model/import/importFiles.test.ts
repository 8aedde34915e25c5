import { describe, expect, it } from 'vitest';
import { getKey, type ConfigKey, type ConfigValue } from '../config';
import { importFiles } from './importFiles';
import { fixture, ok } from './testHelpers';

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
