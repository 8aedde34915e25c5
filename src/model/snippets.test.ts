import { describe, expect, it } from 'vitest';
import { planFor } from './plan';
import { egressSelectorYaml, konnectivityServerFlags, planSnippets } from './snippets';
import { scenario } from './testing';

const snippets = (...args: Parameters<typeof planFor>) => {
  const plan = planFor(...args);
  if (!plan.ok) throw new Error(plan.error);
  return Object.fromEntries(plan.snippets.map((s) => [s.id, s.text]));
};

describe('plan snippets', () => {
  it('give the apiserver the kubelet CA flag and the kubelet serverTLSBootstrap', () => {
    const s = snippets(scenario('kubeadm'), { path: 'apiserver-kubelet' });
    expect(s['kube-apiserver-flags']).toBe(
      '--kubelet-certificate-authority=/etc/kubernetes/pki/ca.crt',
    );
    expect(s['kubelet-configuration']).toBe(
      'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\nserverTLSBootstrap: true',
    );
    expect(s['egress-selector-configuration']).toBeUndefined();
  });

  it('add the egress configuration and konnectivity-server flags when Konnectivity is in the plan', () => {
    const s = snippets(scenario('flags-only'));
    expect(s['kube-apiserver-flags']).toContain('--egress-selector-config-file=');
    expect(s['egress-selector-configuration']).toContain('proxyProtocol: GRPC');
    expect(s['egress-selector-configuration']).toContain(
      'udsName: /etc/kubernetes/konnectivity-server/konnectivity-server.socket',
    );
    expect(s['konnectivity-server-flags']).toContain('--mode=grpc');
    expect(s['konnectivity-server-flags']).toContain('--agent-service-account=konnectivity-agent');
    expect(s['konnectivity-agent-flags']).toContain('--service-account-token-path=');
    expect(s['kubelet-configuration']).toContain('readOnlyPort: 0');
  });

  it('match a TCP+TLS frontend with HTTPConnect, tlsConfig and the server TLS flags', () => {
    const c = scenario('konnectivity', {
      'konnectivity.frontend': 'tcp-tls',
      'konnectivity.agentAuthentication': 'mtls',
    });
    const yaml = egressSelectorYaml(c);
    expect(yaml).toContain('proxyProtocol: HTTPConnect');
    expect(yaml).toMatch(
      /url: https:\/\/.*\n\s+tlsConfig:\n\s+caBundle: .*\n\s+clientKey: .*\n\s+clientCert: /,
    );
    const flags = konnectivityServerFlags(c);
    expect(flags).toEqual(
      expect.arrayContaining([
        '--mode=http-connect',
        '--cluster-ca-cert=/etc/kubernetes/pki/ca.crt',
      ]),
    );
    expect(flags.some((f) => f.startsWith('--server-ca-cert='))).toBe(true);
    expect(flags.some((f) => f.startsWith('--uds-name'))).toBe(false);
  });

  it('fix a plain-tcp frontend by switching the egress to the Unix socket', () => {
    const s = snippets(scenario('konnectivity', { 'konnectivity.frontend': 'tcp' }));
    expect(s['egress-selector-configuration']).toContain('uds:');
    expect(s['kube-apiserver-flags']).toBeUndefined();
  });

  it('tell the user to remove the SSH flags rather than set them', () => {
    const s = snippets(scenario('legacy-ssh'));
    expect(s['kube-apiserver-flags']).toContain('# remove --ssh-user and --ssh-keyfile');
  });

  it('are empty for no changes', () => {
    expect(planSnippets(scenario('hardened'), [])).toEqual([]);
  });
});
