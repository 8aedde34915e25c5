import { describe, expect, it } from 'vitest';
import type { ConfigKey, ConfigValue } from './config';
import { PRESET_NAMES, type PresetName } from './presets';
import { computeFacts, pathReasons, pathState, pathStates } from './rules';
import { view } from './testing';
import type { PathId, PathState } from './types';

type Row = [string, PresetName, Partial<Record<ConfigKey, ConfigValue>>, PathState];

const check = (id: PathId) => (_: string, preset: PresetName, o: Partial<Record<ConfigKey, ConfigValue>>, want: PathState) => {
  expect(pathState(id, computeFacts(view(preset, o)))).toBe(want);
};

describe('apiserver-kubelet follows DOMAIN.md §5 rule by rule', () => {
  it.each<Row>([
    ['1. broken: Konnectivity over plain tcp, even when verified both ways', 'hardened', { 'konnectivity.frontend': 'tcp' }, 'broken'],
    ['1. broken: Konnectivity over plain tcp on kubeadm', 'konnectivity', { 'konnectivity.frontend': 'tcp' }, 'broken'],
    ['1. broken: the server --mode or --uds-name does not match the egress file', 'konnectivity', { 'konnectivity.serverMatchesEgress': false }, 'broken'],
    ['1. broken: a mismatched server breaks even a path verified both ways', 'hardened', { 'konnectivity.serverMatchesEgress': false }, 'broken'],
    ['1. not broken: a mismatch does not matter while Konnectivity is off', 'kubelet-ca', { 'konnectivity.serverMatchesEgress': false }, 'secure'],
    ['2. broken: kubelet CA while kubelets self-sign (ca-mismatch)', 'ca-mismatch', {}, 'broken'],
    ['2. broken: kubelet CA + self-signed wins over a usable tunnel', 'ca-mismatch', { 'konnectivity.enabled': true, 'konnectivity.agentAuthentication': 'mtls' }, 'broken'],
    ['2. not broken: kubelet CA with tlsCertFile (ca-signed)', 'ca-mismatch', { 'kubelet.servingCertificate': 'ca-signed' }, 'secure'],
    ['3. broken 401: no apiserver client cert, kubelet anonymous off', 'kubeadm', { 'apiserver.kubeletClientCertificate': false }, 'broken'],
    ['3. broken 401: no kubelet clientCAFile, anonymous off', 'kubeadm', { 'kubelet.clientCAFile': false }, 'broken'],
    ['3. broken 403: anonymous on but Webhook asks a Node,RBAC apiserver', 'kubeadm', { 'apiserver.kubeletClientCertificate': false, 'kubelet.anonymousAuth': true }, 'broken'],
    ['3. not broken: Webhook defers to an AlwaysAllow apiserver', 'kubeadm', { 'apiserver.kubeletClientCertificate': false, 'kubelet.anonymousAuth': true, 'apiserver.authorizationModes': ['AlwaysAllow'] }, 'unverified'],
    ['3. not broken: AlwaysAllow anywhere in the chain', 'kubeadm', { 'apiserver.kubeletClientCertificate': false, 'kubelet.anonymousAuth': true, 'apiserver.authorizationModes': ['Node', 'RBAC', 'AlwaysAllow'] }, 'unverified'],
    ['3. not broken: kubelet AlwaysAllow with anonymous on', 'kubeadm', { 'kubelet.clientCAFile': false, 'kubelet.anonymousAuth': true, 'kubelet.authorizationMode': 'AlwaysAllow' }, 'unverified'],
    ['3. broken: kubelet AlwaysAllow but anonymous off and no client cert', 'kubeadm', { 'kubelet.clientCAFile': false, 'kubelet.authorizationMode': 'AlwaysAllow' }, 'broken'],
    ['3. broken even with a usable tunnel', 'konnectivity', { 'apiserver.kubeletClientCertificate': false }, 'broken'],
    ['4. secure: kubelet CA + bootstrapped certs + client cert (kubelet-ca)', 'kubelet-ca', {}, 'secure'],
    ['4. secure: verified both ways wins over a tunnel (hardened)', 'hardened', {}, 'secure'],
    ['4. secure: verified both ways even when the tunnel accepts any agent', 'kubelet-ca', { 'konnectivity.enabled': true }, 'secure'],
    ['5. tunneled: Konnectivity with service-account tokens', 'konnectivity', {}, 'tunneled'],
    ['5. tunneled: Konnectivity with mTLS agents over tcp-tls', 'konnectivity', { 'konnectivity.agentAuthentication': 'mtls', 'konnectivity.frontend': 'tcp-tls' }, 'tunneled'],
    ['5. not tunneled: a tunnel that accepts any agent', 'konnectivity', { 'konnectivity.agentAuthentication': 'none' }, 'unverified'],
    ['6. unverified: no kubelet CA (kubeadm)', 'kubeadm', {}, 'unverified'],
    ['6. unverified: flags-only (anonymous kubelet, no CA)', 'flags-only', {}, 'unverified'],
    ['6. unverified: CA without client authentication, kubelet accepts anyone', 'kubelet-ca', { 'apiserver.kubeletClientCertificate': false, 'kubelet.anonymousAuth': true, 'kubelet.authorizationMode': 'AlwaysAllow' }, 'unverified'],
    ['6. unverified: SSH tunnels do not change the kubelet path', 'legacy-ssh', {}, 'unverified'],
  ])('%s', check('apiserver-kubelet'));
});

const proxyRows: Row[] = [
  ['1. broken: Konnectivity over plain tcp', 'konnectivity', { 'konnectivity.frontend': 'tcp' }, 'broken'],
  ['1. broken: plain tcp even with SSH tunnels on 1.21', 'legacy-ssh', { 'konnectivity.enabled': true, 'konnectivity.frontend': 'tcp' }, 'broken'],
  ['1. broken: a server whose --mode does not match the egress proxyProtocol', 'konnectivity', { 'konnectivity.serverMatchesEgress': false }, 'broken'],
  ['1. broken: a mismatch breaks a tunnel that accepts any agent too', 'konnectivity', { 'konnectivity.serverMatchesEgress': false, 'konnectivity.agentAuthentication': 'none' }, 'broken'],
  ['1. not broken: a mismatch with Konnectivity off leaves the direct proxy', 'kubeadm', { 'konnectivity.serverMatchesEgress': false }, 'plaintext'],
  ['2. tunneled: Konnectivity with agent authentication', 'konnectivity', {}, 'tunneled'],
  ['2. tunneled: Konnectivity takes precedence over SSH', 'legacy-ssh', { 'konnectivity.enabled': true, 'konnectivity.agentAuthentication': 'mtls' }, 'tunneled'],
  ['3. unverified: SSH tunnels on 1.21', 'legacy-ssh', {}, 'unverified'],
  ['3. unverified: SSH with a tunnel that accepts any agent', 'legacy-ssh', { 'konnectivity.enabled': true }, 'unverified'],
  ['3. not SSH: flags removed on 1.22, evaluated as absent', 'legacy-ssh', { version: '1.22' }, 'plaintext'],
  ['4. plaintext: direct over http (kubeadm)', 'kubeadm', {}, 'plaintext'],
  ['4. plaintext: a tunnel accepting any agent protects nothing', 'konnectivity', { 'konnectivity.agentAuthentication': 'none' }, 'plaintext'],
  ['4. unverified: the https: prefix verifies nothing', 'kubeadm', { 'apiserver.proxyScheme': 'https' }, 'unverified'],
  ['4. unverified: https with kubelet CA still verifies nothing', 'kubelet-ca', { 'apiserver.proxyScheme': 'https' }, 'unverified'],
];

describe.each<PathId>(['apiserver-proxy-node', 'apiserver-proxy-pod', 'apiserver-proxy-service'])(
  '%s follows the proxy rules',
  (id) => {
    it.each<Row>(proxyRows)('%s', check(id));
  },
);

describe('the other paths', () => {
  it.each<[PathId, ...Row]>([
    ['kubelet-apiserver', 'secure under flags-only', 'flags-only', {}, 'secure'],
    ['kubelet-apiserver', 'secure with Konnectivity broken', 'konnectivity', { 'konnectivity.frontend': 'tcp' }, 'secure'],
    ['kube-proxy-apiserver', 'secure under legacy-ssh on 1.22', 'legacy-ssh', { version: '1.22' }, 'secure'],
    ['pod-apiserver', 'secure with automounted tokens', 'kubeadm', {}, 'secure'],
    ['pod-apiserver', 'disabled without automounted tokens', 'kubeadm', { 'pods.automountServiceAccountToken': false }, 'disabled'],
    ['konnectivity-agent-server', 'disabled without Konnectivity', 'kubeadm', {}, 'disabled'],
    ['konnectivity-agent-server', 'unverified when the server accepts any agent', 'konnectivity', { 'konnectivity.agentAuthentication': 'none' }, 'unverified'],
    ['konnectivity-agent-server', 'secure with service-account tokens', 'konnectivity', {}, 'secure'],
    ['konnectivity-agent-server', 'secure with mTLS', 'konnectivity', { 'konnectivity.agentAuthentication': 'mtls' }, 'secure'],
    ['konnectivity-agent-server', 'secure even when the frontend is broken', 'konnectivity', { 'konnectivity.frontend': 'tcp' }, 'secure'],
    ['konnectivity-agent-server', 'secure even when the server mode does not match the egress file', 'konnectivity', { 'konnectivity.serverMatchesEgress': false }, 'secure'],
    ['apiserver-konnectivity-server', 'disabled without Konnectivity', 'kubeadm', { 'konnectivity.frontend': 'tcp' }, 'disabled'],
    ['apiserver-konnectivity-server', 'broken over plain tcp', 'konnectivity', { 'konnectivity.frontend': 'tcp' }, 'broken'],
    ['apiserver-konnectivity-server', 'broken when the server does not speak the egress protocol or socket', 'konnectivity', { 'konnectivity.serverMatchesEgress': false }, 'broken'],
    ['apiserver-konnectivity-server', 'secure over a Unix socket', 'konnectivity', {}, 'secure'],
    ['apiserver-konnectivity-server', 'secure over mutual TLS', 'konnectivity', { 'konnectivity.frontend': 'tcp-tls' }, 'secure'],
    ['apiserver-konnectivity-server', 'secure even when agents are not authenticated', 'konnectivity', { 'konnectivity.agentAuthentication': 'none' }, 'secure'],
    ['apiserver-ssh-tunnel', 'disabled without SSH flags', 'kubeadm', {}, 'disabled'],
    ['apiserver-ssh-tunnel', 'unverified on 1.21', 'legacy-ssh', {}, 'unverified'],
    ['apiserver-ssh-tunnel', 'broken on 1.22 (unknown flag)', 'legacy-ssh', { version: '1.22' }, 'broken'],
    ['apiserver-ssh-tunnel', 'broken on 1.36', 'kubeadm', { 'apiserver.sshTunnels': true }, 'broken'],
    ['apiserver-ssh-tunnel', 'unverified on 1.9', 'legacy-ssh', { version: '1.9' }, 'unverified'],
    ['kubelet-readonly', 'plaintext on 10255', 'flags-only', {}, 'plaintext'],
    ['kubelet-readonly', 'plaintext on any non-zero port', 'kubeadm', { 'kubelet.readOnlyPort': 1 }, 'plaintext'],
    ['kubelet-readonly', 'disabled on 0', 'kubeadm', {}, 'disabled'],
  ])('%s: %s', (id, ...rest) => check(id)(...rest));
});

describe('reasons', () => {
  it('lists every condition that holds, not just the first', () => {
    const reasons = pathReasons('apiserver-kubelet', view('hardened'));
    expect(reasons.some((r) => r.includes('verified end to end'))).toBe(true);
    expect(reasons.some((r) => r.includes('Konnectivity tunnel'))).toBe(true);
  });

  it('names the missing flag for an unverified kubelet path', () => {
    expect(pathReasons('apiserver-kubelet', view('kubeadm'))).toEqual([
      expect.stringContaining('--kubelet-certificate-authority is not set'),
    ]);
  });

  it('tells 401 from 403 when the kubelet refuses the apiserver', () => {
    const r401 = pathReasons('apiserver-kubelet', view('kubeadm', { 'apiserver.kubeletClientCertificate': false }));
    const r403 = pathReasons('apiserver-kubelet', view('kubeadm', { 'apiserver.kubeletClientCertificate': false, 'kubelet.anonymousAuth': true }));
    expect(r401.join()).toContain('401');
    expect(r403.join()).toContain('403');
  });

  it('says where the code disagrees with the docs on SSH tunnels', () => {
    expect(pathReasons('apiserver-proxy-pod', view('legacy-ssh')).join()).toContain('InsecureIgnoreHostKey');
  });

  it('explains the removed SSH flags on 1.22+ for the proxy', () => {
    expect(pathReasons('apiserver-proxy-node', view('legacy-ssh', { version: '1.30' })).join()).toContain('unknown flag');
  });

  it('names a mode or socket mismatch as the reason the tunnel is broken', () => {
    const r = pathReasons('apiserver-kubelet', view('konnectivity', { 'konnectivity.serverMatchesEgress': false }));
    expect(r.join()).toContain('--mode (or --uds-name)');
    expect(r.join()).not.toContain('plain tcp');
  });

  it.each(PRESET_NAMES)('gives every path at least one reason under preset %s', (preset) => {
    const states = pathStates(view(preset));
    for (const id of Object.keys(states) as PathId[]) {
      expect(pathReasons(id, view(preset)).length, `${preset} ${id}`).toBeGreaterThan(0);
    }
  });
});

describe('a rules table with no matching rule', () => {
  it('throws an error naming the path (a negative read-only port matches neither kubelet-readonly rule)', () => {
    const v = view('kubeadm');
    const bad = { ...v, kubelet: { ...v.kubelet, readOnlyPort: -1 } };
    expect(() => pathState('kubelet-readonly', computeFacts(bad))).toThrow('no rule matched path kubelet-readonly');
  });
});
