import {
  apiserverAllowsAll,
  apiserverAuthenticatesToKubelet,
  kubeletAnonymousAllowed,
  kubeletCertVerifiable,
  konnectivityBroken,
  sshRemoved,
  sshUsable,
  tunnelAcceptsAnyAgent,
} from './predicates';
import { CONDITIONS } from './conditions';
import { assertNever, type PathId, type PoolView } from './types';

/** How the connection is carried across the network ('broken': it is attempted and always fails). */
export type Transport = 'direct' | 'konnectivity' | 'ssh' | 'unix-socket' | 'broken' | 'none';
/** What encrypts the bytes on the wire. */
export type Encryption = 'tls' | 'tunnel' | 'ssh' | 'local-ipc' | 'none' | 'n/a';
/** Whether the caller verifies the server's identity ('fails' = it tries and the connection fails). */
export type ServerVerification = 'yes' | 'no' | 'fails' | 'n/a';
/** How the caller proves who it is to the server. */
export type ClientAuthentication =
  | 'certificate'
  | 'token'
  | 'ssh-key'
  | 'file-permissions'
  | 'anonymous'
  | 'rejected'
  | 'none'
  | 'n/a';

/** One property: a typed value and the sentence that explains it. */
export interface Property<T> {
  readonly value: T;
  readonly text: string;
}

/** Hop-by-hop security properties of one path kind (DOMAIN.md §5 semantics). */
export interface PathProperties {
  readonly transport: Property<Transport>;
  readonly encryption: Property<Encryption>;
  readonly serverVerified: Property<ServerVerification>;
  readonly clientAuthentication: Property<ClientAuthentication>;
  readonly authorization: Property<string>;
}

const p = <T>(value: T, text: string): Property<T> => ({ value, text });

const absent = (why: string): PathProperties => ({
  transport: p('none', why),
  encryption: p('n/a', why),
  serverVerified: p('n/a', why),
  clientAuthentication: p('n/a', why),
  authorization: p('n/a', why),
});

const apiserverAuthz = (c: PoolView, who: string, after = ''): Property<string> =>
  p(
    c.apiserver.authorizationModes.join(','),
    (apiserverAllowsAll(c)
      ? `the apiserver allows everything (--authorization-mode includes AlwaysAllow)`
      : `the apiserver authorizes ${who} with --authorization-mode=${c.apiserver.authorizationModes.join(',')}`) + after,
  );

/** The route the apiserver uses for `cluster` egress: Konnectivity wins over SSH (DOMAIN.md §5). */
function egressTransport(c: PoolView): Property<Transport> {
  if (c.konnectivity.enabled) {
    // The wording of the condition the rules use, so the table cannot tell another story.
    if (konnectivityBroken(c)) return p('broken', `through Konnectivity, but ${CONDITIONS['konnectivity-broken'].reason(c)}`);
    return tunnelAcceptsAnyAgent(c)
      ? p('konnectivity', 'through the Konnectivity tunnel, whose server accepts any agent (an impostor agent can be handed the traffic)')
      : p('konnectivity', `through the Konnectivity tunnel (apiserver → konnectivity-server → agent on the node, agents authenticated by ${c.konnectivity.agentAuthentication})`);
  }
  if (sshUsable(c)) return p('ssh', 'through an SSH tunnel to the node (--ssh-user/--ssh-keyfile)');
  return p('direct', 'the apiserver dials the node directly across the control-plane ↔ node network');
}

const tunnelEncryption = (t: Transport): Encryption | null =>
  t === 'konnectivity' ? 'tunnel' : t === 'ssh' ? 'ssh' : null;

function apiserverKubelet(c: PoolView): PathProperties {
  const transport = egressTransport(c);
  const serverVerified = !c.apiserver.kubeletCertificateAuthority
    ? p<ServerVerification>('no', "no --kubelet-certificate-authority: the apiserver accepts any certificate the kubelet (or an impostor) presents")
    : kubeletCertVerifiable(c)
      ? p<ServerVerification>('yes', `the apiserver verifies the kubelet's ${c.kubelet.servingCertificate} serving certificate with --kubelet-certificate-authority`)
      : p<ServerVerification>('fails', 'the apiserver checks against --kubelet-certificate-authority, but the kubelet self-signs: x509 unknown authority, the request fails');
  const clientAuthentication = apiserverAuthenticatesToKubelet(c)
    ? p<ClientAuthentication>('certificate', 'the apiserver presents --kubelet-client-certificate; the kubelet checks it against authentication.x509.clientCAFile')
    : kubeletAnonymousAllowed(c)
      ? p<ClientAuthentication>('anonymous', 'the kubelet cannot authenticate the apiserver and serves it as system:anonymous (so it serves anyone)')
      : p<ClientAuthentication>('rejected', 'the kubelet cannot authenticate the apiserver and refuses anonymous callers: 401/403');
  const authorization =
    c.kubelet.authorizationMode === 'Webhook'
      ? p('Webhook', 'the kubelet asks the apiserver (SubjectAccessReview) whether the caller may use nodes/proxy, nodes/log …')
      : p('AlwaysAllow', 'the kubelet allows every caller it has authenticated (authorization.mode AlwaysAllow)');
  return {
    transport,
    encryption: p('tls', `HTTPS to :10250${tunnelEncryption(transport.value) ? ', inside the tunnel' : ''}`),
    serverVerified,
    clientAuthentication,
    authorization,
  };
}

function apiserverProxy(c: PoolView): PathProperties {
  const transport = egressTransport(c);
  // A tunnel whose server accepts any agent hands the plain bytes to whoever joins: no protection.
  const anyAgent = transport.value === 'konnectivity' && tunnelAcceptsAnyAgent(c);
  const viaTunnel = anyAgent ? null : tunnelEncryption(transport.value);
  const https = c.apiserver.proxyScheme === 'https';
  const encryption: Property<Encryption> = https
    ? p('tls', 'https: prefix: TLS to the target (no certificate checked)')
    : viaTunnel
      ? p(viaTunnel, `plain http to the target, encrypted only by the ${viaTunnel === 'ssh' ? 'SSH' : 'Konnectivity'} tunnel`)
      : p('none', anyAgent ? 'plain http inside a tunnel that any agent may join: an impostor agent reads and changes it' : 'plain http: anyone on the network can read and change it');
  return {
    transport,
    encryption,
    serverVerified: p('no', 'the proxy verifies no certificate of the target, even with the https: prefix'),
    clientAuthentication: p('none', 'the proxy sends no client credentials to the target'),
    authorization: apiserverAuthz(c, 'the caller of nodes/proxy, pods/proxy or services/proxy', '; the target checks nothing'),
  };
}

function apiserverKonnectivity(c: PoolView): PathProperties {
  if (c.konnectivity.frontend !== 'tcp' && !c.konnectivity.serverMatchesEgress) {
    return {
      transport: p('broken', CONDITIONS['server-mismatch'].reason()),
      encryption: p(c.konnectivity.frontend === 'uds' ? 'local-ipc' : 'tls', 'the apiserver dials, but the server does not speak its protocol'),
      serverVerified: p('fails', 'the frontend dial reaches no server that speaks the egress protocol on that socket or port'),
      clientAuthentication: p('none', 'never reached'),
      authorization: p('none', 'never reached'),
    };
  }
  switch (c.konnectivity.frontend) {
    case 'uds':
      return {
        transport: p('unix-socket', 'a Unix domain socket shared by the apiserver and the konnectivity-server on the same host'),
        encryption: p('local-ipc', 'local IPC, never on the network'),
        serverVerified: p('n/a', 'protected by file permissions on the socket'),
        clientAuthentication: p('file-permissions', 'only processes that can open the socket connect'),
        authorization: p('none', 'the server forwards whatever the apiserver asks'),
      };
    case 'tcp-tls':
      return {
        transport: p('direct', 'TCP inside the control-plane network (https:// url)'),
        encryption: p('tls', 'mutual TLS (egress selector tlsConfig)'),
        serverVerified: p('yes', 'the apiserver checks the server with tlsConfig.caBundle'),
        clientAuthentication: p('certificate', 'the apiserver presents tlsConfig.clientCert; the server checks --server-ca-cert'),
        authorization: p('none', 'the server forwards whatever an authenticated apiserver asks'),
      };
    case 'tcp':
      return {
        transport: p('direct', 'TCP inside the control-plane network (http:// url)'),
        encryption: p('none', 'the apiserver speaks plain HTTP CONNECT'),
        serverVerified: p('fails', 'the konnectivity-server TCP frontend is TLS-only: the handshake fails'),
        clientAuthentication: p('none', 'no credentials'),
        authorization: p('none', 'never reached'),
      };
    default:
      return assertNever(c.konnectivity.frontend);
  }
}

function agentServer(c: PoolView): PathProperties {
  const auth = c.konnectivity.agentAuthentication;
  return {
    transport: p('direct', 'the agent dials out from the node to the konnectivity-server'),
    encryption: p('tls', 'gRPC over TLS'),
    serverVerified: p('yes', 'the agent verifies the server with the cluster CA (--ca-cert)'),
    clientAuthentication:
      auth === 'mtls'
        ? p('certificate', 'agents present client certificates checked with --cluster-ca-cert')
        : auth === 'service-account-token'
          ? p('token', 'agents send a projected service-account token; the server runs a TokenReview')
          : p('none', 'the server accepts any agent: an impostor can join and receive traffic'),
    authorization:
      auth === 'service-account-token'
        ? p('service account', 'the token must belong to --agent-namespace/--agent-service-account with --authentication-audience')
        : p('none', auth === 'mtls' ? 'any certificate from the cluster CA is accepted' : 'nothing is checked'),
  };
}

const toApiserver = (c: PoolView, client: Property<ClientAuthentication>, who: string): PathProperties => ({
  transport: p('direct', 'dials the apiserver (secure port) directly'),
  encryption: p('tls', 'HTTPS'),
  serverVerified: p('yes', 'verifies the apiserver certificate with the cluster CA'),
  clientAuthentication: client,
  authorization: apiserverAuthz(c, who),
});

/** Hop-by-hop properties of a path kind under a config: transport, encryption, who verifies whom. */
export function pathProperties(id: PathId, c: PoolView): PathProperties {
  switch (id) {
    case 'kubelet-apiserver':
      return toApiserver(c, p('certificate', 'the kubelet client certificate (bootstrap, then rotated)'), 'the kubelet (Node authorizer limits it to its own node when present)');
    case 'kube-proxy-apiserver':
      return toApiserver(c, p('token', 'a service-account token or client certificate from its kubeconfig'), 'kube-proxy');
    case 'pod-apiserver':
      if (!c.pods.automountServiceAccountToken) {
        return absent('no service-account token or CA is mounted (automountServiceAccountToken: false): pods have no identity on this path');
      }
      return {
        ...toApiserver(c, p('token', 'the mounted service-account token'), "the pod's service account"),
        transport: p('direct', 'through the kubernetes Service VIP (kube-proxy) to the apiserver'),
        serverVerified: p('yes', 'verifies the apiserver with the mounted ca.crt'),
      };
    case 'konnectivity-agent-server':
      return c.konnectivity.enabled ? agentServer(c) : absent('Konnectivity is not enabled');
    case 'apiserver-kubelet':
      return apiserverKubelet(c);
    case 'apiserver-proxy-node':
    case 'apiserver-proxy-pod':
    case 'apiserver-proxy-service':
      return apiserverProxy(c);
    case 'apiserver-konnectivity-server':
      return c.konnectivity.enabled ? apiserverKonnectivity(c) : absent('Konnectivity is not enabled');
    case 'apiserver-ssh-tunnel':
      if (!c.apiserver.sshTunnels) return absent('no --ssh-user/--ssh-keyfile');
      if (sshRemoved(c)) {
        const why = `--ssh-user/--ssh-keyfile were removed in 1.22: kube-apiserver v${c.version} exits with "unknown flag"`;
        return { ...absent(why), transport: p('broken', why) };
      }
      return {
        transport: p('ssh', 'SSH to the node :22'),
        encryption: p('ssh', 'SSH'),
        serverVerified: p('no', 'the apiserver accepts any node host key (ssh.InsecureIgnoreHostKey)'),
        clientAuthentication: p('ssh-key', 'the apiserver authenticates with --ssh-keyfile'),
        authorization: p('none', 'the node sshd lets the key in'),
      };
    case 'kubelet-readonly':
      if (c.kubelet.readOnlyPort === 0) return absent('readOnlyPort is 0');
      return {
        transport: p('direct', `anyone who reaches :${c.kubelet.readOnlyPort}`),
        encryption: p('none', 'plain HTTP'),
        serverVerified: p('no', 'no certificate at all'),
        clientAuthentication: p('none', 'no authentication'),
        authorization: p('none', 'no authorization: pods, specs and metrics for anyone'),
      };
    default:
      return assertNever(id);
  }
}
