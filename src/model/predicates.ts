import type { Config } from './types';
import { minorOf } from './version';

/** `apiserver.authorizationModes` contains AlwaysAllow: every other authorizer only abstains. */
export const apiserverAllowsAll = (c: Config): boolean =>
  c.apiserver.authorizationModes.includes('AlwaysAllow');

/** The kubelet serves anonymous callers (Webhook defers to an apiserver that allows all). */
export const kubeletAnonymousAllowed = (c: Config): boolean =>
  c.kubelet.anonymousAuth &&
  (c.kubelet.authorizationMode === 'AlwaysAllow' || apiserverAllowsAll(c));

/** The apiserver presents a client certificate and the kubelet checks it. */
export const apiserverAuthenticatesToKubelet = (c: Config): boolean =>
  c.apiserver.kubeletClientCertificate && c.kubelet.clientCAFile;

/** The kubelet's serving certificate chains to a CA the apiserver can be given. */
export const kubeletCertVerifiable = (c: Config): boolean =>
  c.kubelet.servingCertificate === 'ca-signed' || c.kubelet.servingCertificate === 'tls-bootstrap';

/** SSH tunnel flags exist only before v1.22. */
export const sshRemoved = (c: Config): boolean => c.apiserver.sshTunnels && minorOf(c.version) >= 22;

/** SSH tunnels are configured and the apiserver still has the flags. */
export const sshUsable = (c: Config): boolean => c.apiserver.sshTunnels && minorOf(c.version) < 22;

/** Plain HTTP CONNECT to the TLS-only konnectivity-server frontend: every cluster dial fails. */
export const konnectivityBroken = (c: Config): boolean =>
  c.konnectivity.enabled && c.konnectivity.frontend === 'tcp';

/** A Konnectivity tunnel whose two ends authenticate each other. */
export const tunnelUsable = (c: Config): boolean =>
  c.konnectivity.enabled &&
  c.konnectivity.agentAuthentication !== 'none' &&
  !konnectivityBroken(c);
