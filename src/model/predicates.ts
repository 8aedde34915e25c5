import type { ClusterSettings, PoolView } from './types';
import { minorOf } from './version';

/** `apiserver.authorizationModes` contains AlwaysAllow: every other authorizer only abstains. */
export const apiserverAllowsAll = (c: ClusterSettings): boolean =>
  c.apiserver.authorizationModes.includes('AlwaysAllow');

/**
 * The apiserver serves unauthenticated requests as system:anonymous. kube-apiserver refuses to
 * combine --anonymous-auth with AlwaysAllow: it logs "AnonymousAuth is not allowed with the
 * AlwaysAllow authorizer. Resetting AnonymousAuth to false" and answers them 401
 * (ApplyAuthorization in pkg/kubeapiserver/options/authentication.go).
 */
export const apiserverServesAnonymous = (c: ClusterSettings): boolean =>
  c.apiserver.anonymousAuth && !apiserverAllowsAll(c);

/** --anonymous-auth is on but AlwaysAllow makes kube-apiserver reset it to false at startup. */
export const apiserverAnonymousReset = (c: ClusterSettings): boolean =>
  c.apiserver.anonymousAuth && apiserverAllowsAll(c);

/** The kubelet serves anonymous callers (Webhook defers to an apiserver that allows all). */
export const kubeletAnonymousAllowed = (c: PoolView): boolean =>
  c.kubelet.anonymousAuth &&
  (c.kubelet.authorizationMode === 'AlwaysAllow' || apiserverAllowsAll(c));

/** The apiserver presents a client certificate and the kubelet checks it. */
export const apiserverAuthenticatesToKubelet = (c: PoolView): boolean =>
  c.apiserver.kubeletClientCertificate && c.kubelet.clientCAFile;

/** The kubelet's serving certificate chains to a CA the apiserver can be given. */
export const kubeletCertVerifiable = (c: PoolView): boolean =>
  c.kubelet.servingCertificate === 'ca-signed' || c.kubelet.servingCertificate === 'tls-bootstrap';

/** SSH tunnel flags exist only before v1.22. */
export const sshRemoved = (c: ClusterSettings): boolean => c.apiserver.sshTunnels && minorOf(c.version) >= 22;

/** SSH tunnels are configured and the apiserver still has the flags. */
export const sshUsable = (c: ClusterSettings): boolean => c.apiserver.sshTunnels && minorOf(c.version) < 22;

/**
 * Every `cluster` dial fails and nothing falls back: plain HTTP CONNECT to the TLS-only
 * konnectivity-server frontend, or a server whose --mode / --uds-name is not what the egress
 * configuration dials.
 */
export const konnectivityBroken = (c: ClusterSettings): boolean =>
  c.konnectivity.enabled && (c.konnectivity.frontend === 'tcp' || !c.konnectivity.serverMatchesEgress);

/** Konnectivity is on and its server accepts any agent (neither token review nor mTLS). */
export const tunnelAcceptsAnyAgent = (c: ClusterSettings): boolean =>
  c.konnectivity.enabled && c.konnectivity.agentAuthentication === 'none';

/** A Konnectivity tunnel whose two ends authenticate each other. */
export const tunnelUsable = (c: ClusterSettings): boolean =>
  c.konnectivity.enabled && !tunnelAcceptsAnyAgent(c) && !konnectivityBroken(c);
