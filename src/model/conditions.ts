import {
  apiserverAllowsAll,
  apiserverAuthenticatesToKubelet,
  kubeletAnonymousAllowed,
  kubeletCertVerifiable,
  konnectivityBroken,
  sshRemoved,
  sshUsable,
  tunnelAcceptsAnyAgent,
  tunnelUsable,
} from './predicates';
import type { PoolView } from './types';

/** A named condition: a pure test on one pool's view and the human reason shown when it holds. */
export interface Condition {
  readonly test: (c: PoolView) => boolean;
  readonly reason: (c: PoolView) => string;
  /** A few words for a pool-by-pool summary ("breaks logs/exec on pool legacy: its kubelets self-sign"). */
  readonly short?: string;
}

const agentAuthText = (c: PoolView): string =>
  c.konnectivity.agentAuthentication === 'mtls'
    ? 'mutual TLS (--cluster-ca-cert)'
    : 'service-account token review (--agent-namespace, --agent-service-account, --authentication-audience)';

const kubeletRefusal = (c: PoolView): string => {
  const missing = !c.apiserver.kubeletClientCertificate
    ? 'the apiserver presents no client certificate (--kubelet-client-certificate/--kubelet-client-key are not set)'
    : 'the kubelet has no authentication.x509.clientCAFile (--client-ca-file), so it cannot check the apiserver’s client certificate';
  return c.kubelet.anonymousAuth
    ? `${missing}, and the kubelet's Webhook authorization refuses system:anonymous (403 Forbidden): logs/exec fail`
    : `${missing}, and the kubelet's anonymous auth is off (authentication.anonymous.enabled: false): 401 Unauthorized, logs/exec fail`;
};

/**
 * The condition catalogue. Path rules refer to these ids; a path's reasons are the texts of every
 * condition it lists that holds. (`satisfies` without `as const`: StrykerJS does not mutate inside
 * an `as` expression, so the catalogue would go unmeasured.)
 */
export const CONDITIONS = {
  always: { test: () => true, reason: () => '' },
  'konnectivity-broken': {
    test: konnectivityBroken,
    reason: (c) =>
      c.konnectivity.frontend === 'tcp'
        ? 'the egress selector reaches the konnectivity-server over plain tcp (http://), but its TCP frontend is TLS-only (--server-ca-cert): every `cluster` dial fails and nothing falls back to direct dialing'
        : "the konnectivity-server's --mode (or --uds-name) is not what the egress configuration dials (proxyProtocol grpc ↔ GRPC, http-connect ↔ HTTPConnect; the same udsName): every `cluster` dial fails and nothing falls back to direct dialing",
    short: 'the Konnectivity tunnel is broken',
  },
  'kubelet-ca-unverifiable': {
    test: (c) => c.apiserver.kubeletCertificateAuthority && !kubeletCertVerifiable(c),
    reason: () =>
      '--kubelet-certificate-authority is set but kubelets serve self-signed certificates: "x509: certificate signed by unknown authority", so logs/exec/attach/port-forward fail',
    short: 'its kubelets self-sign',
  },
  'kubelet-refuses-apiserver': {
    test: (c) => !apiserverAuthenticatesToKubelet(c) && !kubeletAnonymousAllowed(c),
    reason: kubeletRefusal,
    short: 'its kubelets refuse the apiserver (401/403)',
  },
  'verified-both-ways': {
    test: (c) => c.apiserver.kubeletCertificateAuthority && apiserverAuthenticatesToKubelet(c),
    reason: () =>
      "the apiserver verifies the kubelet's serving certificate (--kubelet-certificate-authority) and authenticates with its client certificate, which the kubelet checks against authentication.x509.clientCAFile: verified end to end in both directions, whatever the transport",
  },
  'tunnel-usable': {
    test: tunnelUsable,
    reason: (c) =>
      `the connection crosses the untrusted link inside the Konnectivity tunnel: the apiserver reaches the konnectivity-server over ${c.konnectivity.frontend === 'uds' ? 'a Unix socket' : 'mutual TLS'} and the server authenticates each agent by ${agentAuthText(c)}`,
  },
  'tunnel-any-agent': {
    test: (c) => tunnelAcceptsAnyAgent(c) && !konnectivityBroken(c),
    reason: () =>
      'Konnectivity is enabled but the server accepts any agent (neither --agent-namespace/--agent-service-account nor --cluster-ca-cert): an impostor agent can join and be handed this traffic, so the tunnel protects nothing',
  },
  'ssh-unverified': {
    test: sshUsable,
    reason: () =>
      'SSH tunnels (--ssh-user/--ssh-keyfile) encrypt the hop, but the apiserver’s SSH client accepted any host key (ssh.InsecureIgnoreHostKey in pkg/ssh) and picked a random node when no tunnel matched: the node is not verified, although the docs presented SSH tunnels as a protection',
  },
  'ssh-removed': {
    short: 'the SSH flags no longer exist',
    test: sshRemoved,
    reason: (c) =>
      `--ssh-user/--ssh-keyfile were removed in v1.22 and this cluster is v${c.version}: kube-apiserver exits at startup with "unknown flag: --ssh-user"; the other paths are shown as if the flags were absent`,
  },
  'no-kubelet-ca': {
    test: (c) => !c.apiserver.kubeletCertificateAuthority,
    reason: () =>
      "the apiserver does not verify the kubelet's serving certificate because --kubelet-certificate-authority is not set: a man in the middle can read and change logs/exec traffic",
  },
  'kubelet-serves-anonymous': {
    test: (c) => !apiserverAuthenticatesToKubelet(c) && kubeletAnonymousAllowed(c),
    reason: (c) =>
      `the kubelet does not authenticate the apiserver (${c.apiserver.kubeletClientCertificate ? 'no authentication.x509.clientCAFile on the kubelet' : 'no --kubelet-client-certificate/--kubelet-client-key on the apiserver'}) and serves anonymous callers (authentication.anonymous.enabled with ${c.kubelet.authorizationMode === 'AlwaysAllow' ? 'authorization.mode AlwaysAllow' : 'Webhook authorization deferring to an apiserver whose --authorization-mode includes AlwaysAllow'}): anyone who reaches :10250 is served too`,
  },
  'kubelet-open': {
    test: kubeletAnonymousAllowed,
    reason: (c) =>
      `the kubelet serves anonymous callers on :10250 (authentication.anonymous.enabled with ${c.kubelet.authorizationMode === 'AlwaysAllow' ? 'authorization.mode AlwaysAllow' : 'Webhook authorization deferring to an apiserver whose --authorization-mode includes AlwaysAllow'})`,
    short: 'the kubelet serves anonymous callers',
  },
  'proxy-http': {
    test: (c) => c.apiserver.proxyScheme === 'http',
    reason: () =>
      'the apiserver proxy dials plain http:// (the proxied name has no https: prefix): not encrypted, not authenticated',
  },
  'proxy-https': {
    test: (c) => c.apiserver.proxyScheme === 'https',
    reason: () =>
      'the https: prefix encrypts, but the proxy verifies no certificate and sends no client credentials',
  },
  'proxy-direct': {
    test: (c) => !tunnelUsable(c) && !sshUsable(c) && !konnectivityBroken(c),
    reason: () =>
      'the apiserver dials the target directly: no flag makes the direct proxy safe, only a tunnel whose ends authenticate each other (Konnectivity with agent authentication)',
  },
  'node-client-verified': {
    test: () => true,
    reason: () =>
      'the client verifies the apiserver with the cluster CA and authenticates with a client certificate or service-account token',
  },
  'automount-off': {
    test: (c) => !c.pods.automountServiceAccountToken,
    reason: () =>
      'automountServiceAccountToken is false: the network path exists, but pods get no service-account token or CA, so they have no identity on it',
  },
  'automount-on': {
    test: (c) => c.pods.automountServiceAccountToken,
    reason: () =>
      'pods reach the apiserver through the `kubernetes` Service in namespace default, verify it with the mounted CA and authenticate with their service-account token',
  },
  'konnectivity-off': {
    test: (c) => !c.konnectivity.enabled,
    reason: () =>
      'Konnectivity is not enabled (no --egress-selector-config-file, or its cluster selection is Direct)',
  },
  'agent-any': {
    test: tunnelAcceptsAnyAgent,
    reason: () =>
      "the agent verifies the server's certificate, but the server accepts any agent: an impostor can join and receive traffic",
  },
  'agent-authenticated': {
    test: (c) => c.konnectivity.enabled && !tunnelAcceptsAnyAgent(c),
    reason: (c) =>
      `the agent verifies the server's certificate and the server authenticates the agent by ${agentAuthText(c)}`,
  },
  'frontend-tcp': {
    test: (c) => c.konnectivity.enabled && c.konnectivity.frontend === 'tcp',
    reason: () =>
      'the egress selector uses tcp with an http:// url, which the konnectivity-server does not serve: its TCP frontend is TLS-only and requires --server-ca-cert',
    short: 'the konnectivity-server does not serve plain tcp',
  },
  'server-mismatch': {
    test: (c) => c.konnectivity.enabled && !c.konnectivity.serverMatchesEgress,
    reason: () =>
      "the konnectivity-server's --mode or --uds-name does not match the egress proxyProtocol or udsName: the apiserver's frontend dial reaches no server that speaks its protocol",
    short: 'the konnectivity-server does not match the egress configuration',
  },
  'frontend-uds': {
    test: (c) => c.konnectivity.enabled && c.konnectivity.frontend === 'uds',
    reason: () => 'the frontend is a Unix socket: local IPC protected by file permissions',
  },
  'frontend-tcp-tls': {
    test: (c) => c.konnectivity.enabled && c.konnectivity.frontend === 'tcp-tls',
    reason: () => 'the frontend is TCP with an https:// url and tlsConfig: mutual TLS',
  },
  'ssh-off': {
    test: (c) => !c.apiserver.sshTunnels,
    reason: () => '--ssh-user/--ssh-keyfile are not set',
  },
  'ssh-any-host-key': {
    test: sshUsable,
    reason: () =>
      'the apiserver authenticates with its SSH key but accepts any node host key (ssh.InsecureIgnoreHostKey): a man in the middle can pose as the node',
  },
  'readonly-open': {
    test: (c) => c.kubelet.readOnlyPort > 0,
    reason: (c) =>
      `readOnlyPort is ${c.kubelet.readOnlyPort}: an unauthenticated plain-HTTP API lists pods, their specs and metrics to anyone who reaches it`,
  },
  'readonly-off': {
    test: (c) => c.kubelet.readOnlyPort === 0,
    reason: () => 'readOnlyPort is 0: the read-only port is closed',
  },
  'apiserver-allows-all': {
    test: apiserverAllowsAll,
    reason: () => '--authorization-mode includes AlwaysAllow: every request is authorized',
  },
} satisfies Record<string, Condition>;

export type ConditionId = keyof typeof CONDITIONS;
