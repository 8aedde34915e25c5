import { describe, expect, it } from 'vitest';
import type { ConfigKey, ConfigValue } from './config';
import { CONDITIONS, type ConditionId } from './conditions';
import { view } from './testing';

type Overrides = Partial<Record<ConfigKey, ConfigValue>>;

// Hand-written from DOMAIN.md: a working Konnectivity tunnel needs agent authentication, a frontend
// the server serves (uds or tcp-tls; plain tcp is not served) and a server matching the egress.
const TUNNEL: Overrides = {
  'konnectivity.enabled': true,
  'konnectivity.agentAuthentication': 'service-account-token',
  'konnectivity.frontend': 'uds',
  'konnectivity.serverMatchesEgress': true,
};
const ANY_AGENT: Overrides = { ...TUNNEL, 'konnectivity.agentAuthentication': 'none' };
const BROKEN_TUNNEL: Overrides = { ...TUNNEL, 'konnectivity.frontend': 'tcp' };
const SSH: Overrides = { version: '1.21', 'apiserver.sshTunnels': true };
// The apiserver presents no client certificate; the kubelet serves anonymous callers it authorizes.
const ANONYMOUS: Overrides = { 'apiserver.kubeletClientCertificate': false, 'kubelet.anonymousAuth': true, 'kubelet.authorizationMode': 'AlwaysAllow' };

describe('condition tests (on kubeadm with the overrides)', () => {
  it.each<[ConditionId, string, Overrides, boolean]>([
    ['proxy-https', 'https: prefix', { 'apiserver.proxyScheme': 'https' }, true],
    ['proxy-https', 'plain http', { 'apiserver.proxyScheme': 'http' }, false],
    ['frontend-uds', 'Konnectivity on a Unix socket', TUNNEL, true],
    ['frontend-uds', 'uds set but Konnectivity off', { 'konnectivity.frontend': 'uds', 'konnectivity.enabled': false }, false],
    ['frontend-uds', 'Konnectivity on tcp-tls', { ...TUNNEL, 'konnectivity.frontend': 'tcp-tls' }, false],
    ['frontend-tcp-tls', 'Konnectivity on tcp-tls', { ...TUNNEL, 'konnectivity.frontend': 'tcp-tls' }, true],
    ['frontend-tcp-tls', 'tcp-tls set but Konnectivity off', { 'konnectivity.frontend': 'tcp-tls', 'konnectivity.enabled': false }, false],
    ['frontend-tcp-tls', 'Konnectivity on a Unix socket', TUNNEL, false],
    ['proxy-direct', 'no tunnel, no SSH', {}, true],
    ['proxy-direct', 'a working tunnel', TUNNEL, false],
    ['proxy-direct', 'SSH tunnels on v1.21', SSH, false],
    ['proxy-direct', 'a broken tunnel (plain tcp frontend)', BROKEN_TUNNEL, false],
    ['tunnel-any-agent', 'a working tunnel that accepts any agent', ANY_AGENT, true],
    ['tunnel-any-agent', 'a broken tunnel that accepts any agent', { ...ANY_AGENT, 'konnectivity.frontend': 'tcp' }, false],
    ['tunnel-any-agent', 'a tunnel that authenticates agents', TUNNEL, false],
    ['kubelet-serves-anonymous', 'no client certificate, anonymous allowed', ANONYMOUS, true],
    ['kubelet-serves-anonymous', 'no client certificate, anonymous refused', { ...ANONYMOUS, 'kubelet.anonymousAuth': false }, false],
    ['kubelet-serves-anonymous', 'client certificate checked, anonymous allowed', { ...ANONYMOUS, 'apiserver.kubeletClientCertificate': true, 'kubelet.clientCAFile': true }, false],
  ])('%s: %s → %s', (id, _, o, want) => {
    expect(CONDITIONS[id].test(view('kubeadm', o))).toBe(want);
  });
});

describe('condition reasons name what holds', () => {
  const reason = (id: ConditionId, o: Overrides) => CONDITIONS[id].reason(view('kubeadm', o));

  it('the tunnel: its frontend and how agents authenticate', () => {
    expect(reason('tunnel-usable', TUNNEL)).toMatch(/over a Unix socket .* by service-account token review/);
    expect(reason('tunnel-usable', { ...TUNNEL, 'konnectivity.frontend': 'tcp-tls', 'konnectivity.agentAuthentication': 'mtls' })).toMatch(
      /over mutual TLS .* by mutual TLS \(--cluster-ca-cert\)/,
    );
  });

  it('an anonymous kubelet: which credential is missing and which authorizer lets it through', () => {
    expect(reason('kubelet-serves-anonymous', ANONYMOUS)).toMatch(/no --kubelet-client-certificate.*authorization\.mode AlwaysAllow/);
    const webhook = { ...ANONYMOUS, 'apiserver.kubeletClientCertificate': true, 'kubelet.clientCAFile': false, 'kubelet.authorizationMode': 'Webhook', 'apiserver.authorizationModes': ['Node', 'RBAC', 'AlwaysAllow'] };
    expect(reason('kubelet-serves-anonymous', webhook)).toMatch(/no authentication\.x509\.clientCAFile on the kubelet.*Webhook authorization deferring/);
    expect(reason('kubelet-open', ANONYMOUS)).toMatch(/serves anonymous callers on :10250 .*authorization\.mode AlwaysAllow/);
    expect(reason('kubelet-open', webhook)).toMatch(/serves anonymous callers on :10250 .*Webhook authorization deferring/);
  });

  it('AlwaysAllow in the apiserver chain', () => {
    expect(reason('apiserver-allows-all', { 'apiserver.authorizationModes': ['AlwaysAllow'] })).toMatch(/--authorization-mode includes AlwaysAllow/);
  });
});
