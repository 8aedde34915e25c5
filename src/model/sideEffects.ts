import type { ConfigKey, ConfigValue } from './config';
import { formatValue } from './config';
import { poolPhrase } from './instances';
import { poolViews } from './pools';
import { kubeletCertVerifiable } from './predicates';
import { applyChanges, type Change } from './search';
import type { Config } from './types';

/** Operational consequences of a change, keyed `key=value` (DOMAIN.md §8 pitfalls). */
const NOTES: Readonly<Record<string, string>> = {
  'apiserver.kubeletCertificateAuthority=true':
    'kubelets need CA-signed serving certificates first (serverTLSBootstrap with an approver for kubernetes.io/kubelet-serving CSRs, or tlsCertFile from that CA), or logs/exec break',
  'kubelet.servingCertificate=tls-bootstrap':
    'serverTLSBootstrap: true needs an approver for kubernetes.io/kubelet-serving CSRs (the built-in controllers do not approve them); with none the kubelet has no serving certificate and every connection to :10250 fails',
  'kubelet.servingCertificate=ca-signed':
    'the tlsCertFile certificate must be issued by the CA given to the apiserver and contain the address it dials (--kubelet-preferred-address-types); you rotate it yourself',
  'apiserver.anonymousAuth=false':
    'anonymous /livez and /readyz probes break; from 1.32 an AuthenticationConfiguration anonymous block with conditions can allow those paths only (it cannot be combined with --anonymous-auth)',
  'konnectivity.enabled=true':
    'deploy the konnectivity-server next to each apiserver and the agent DaemonSet, and give the apiserver --egress-selector-config-file; only the cluster egress selection is tunneled',
  'konnectivity.agentAuthentication=service-account-token':
    'create the agent ServiceAccount and start the server with --agent-namespace, --agent-service-account and --authentication-audience; agents send a projected token with that audience',
  'konnectivity.agentAuthentication=mtls':
    'issue agents client certificates from the cluster CA and start the server with --cluster-ca-cert',
  'konnectivity.frontend=tcp-tls':
    'the egress selector needs an https:// url with tlsConfig (caBundle, clientCert, clientKey) and the server --server-ca-cert, --server-cert, --server-key',
  'konnectivity.frontend=uds':
    'GRPC needs the uds transport: the apiserver and konnectivity-server must share the socket path (--uds-name)',
  'apiserver.proxyScheme=https':
    'callers must prefix proxied names with https: — it encrypts but still verifies no certificate',
  'pods.automountServiceAccountToken=false':
    'pods that call the Kubernetes API lose their credentials; mount a projected token where one is needed',
  'kubelet.anonymousAuth=false':
    'anonymous callers of :10250 (some monitoring and health checks) get 401 Unauthorized',
  'kubelet.authorizationMode=Webhook':
    "the kubelet asks the apiserver (SubjectAccessReview) for every request: the apiserver's kubelet-client identity must be authorized (kubeadm: system:kubelet-api-admin)",
  'kubelet.readOnlyPort=0':
    'tools that read :10255 (old monitoring agents, the SSH tunnel health check) must move to :10250 with credentials',
  'apiserver.sshTunnels=false':
    'the apiserver then dials nodes directly; use Konnectivity for a tunnel',
  'apiserver.kubeletClientCertificate=true':
    "issue the apiserver a client certificate trusted by the kubelets' client CA and authorized on the kubelet API (kubeadm's apiserver-kubelet-client)",
  'kubelet.clientCAFile=true': 'point authentication.x509.clientCAFile at the cluster CA bundle on every node',
  'apiserver.authorizationModes=Node,RBAC':
    'RBAC must grant every workload and user what AlwaysAllow used to give them',
};

/** The known operational side effect of setting `key` to `value`, if any. */
function sideEffectNote(key: ConfigKey, value: ConfigValue): string | undefined {
  return NOTES[`${key}=${formatValue(value)}`];
}

/**
 * The side-effect notes of each change of a set applied to `config` (the inspector's fixes and
 * the plan both use this, so one change never gets a warning in one and none in the other). The
 * kubelet-CA note is moot when, after the whole set, every pool serves CA-verifiable
 * certificates; otherwise it names the pools that still self-sign.
 */
export function changeNotes(config: Config, changes: readonly Omit<Change, 'flag'>[]): string[][] {
  const after = applyChanges(config, changes.map((c) => ({ ...c, flag: '' })));
  const selfSigning = poolViews(after).flatMap((v, i) => (kubeletCertVerifiable(v) ? [] : [i]));
  return changes.map((c) => {
    const note = sideEffectNote(c.key, c.value);
    if (!note) return [];
    // The key's only note is for `true` (NOTES), so having a note already means the value is true.
    if (c.key === 'apiserver.kubeletCertificateAuthority') {
      if (selfSigning.length === 0) return [];
      if (after.pools.length > 1) {
        const which = selfSigning.map((i) => poolPhrase(after, i)).join(', ');
        return [`${which} still ${selfSigning.length === 1 ? 'self-signs' : 'self-sign'}: ${note}`];
      }
    }
    return [note];
  });
}
