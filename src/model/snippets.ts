import { formatValue, type ConfigKey } from './config';
import { applyChanges, type Change } from './search';
import type { Config } from './types';

/** A copyable configuration snippet produced for a plan. */
export interface Snippet {
  readonly id:
    | 'kube-apiserver-flags'
    | 'kubelet-configuration'
    | 'egress-selector-configuration'
    | 'konnectivity-server-flags'
    | 'konnectivity-agent-flags'
    | 'proxy-requests';
  readonly title: string;
  readonly language: 'shell' | 'yaml' | 'text';
  readonly text: string;
  /** For a KubeletConfiguration fragment in a scenario with several pools: the pools it is for. */
  readonly pools?: readonly string[];
}

/** Paths used in snippets: kubeadm's layout, so they work as-is on the most common clusters. */
export const SNIPPET_PATHS = {
  clusterCa: '/etc/kubernetes/pki/ca.crt',
  kubeletClientCert: '/etc/kubernetes/pki/apiserver-kubelet-client.crt',
  kubeletClientKey: '/etc/kubernetes/pki/apiserver-kubelet-client.key',
  egressConfig: '/etc/kubernetes/egress-selector-configuration.yaml',
  udsName: '/etc/kubernetes/konnectivity-server/konnectivity-server.socket',
  kubeletServingCert: '/var/lib/kubelet/pki/kubelet-serving.crt',
  kubeletServingKey: '/var/lib/kubelet/pki/kubelet-serving.key',
} as const;

const has = (changes: readonly Change[], key: ConfigKey): Change | undefined =>
  changes.find((c) => c.key === key);

function apiserverFlags(changes: readonly Change[]): string[] {
  const out: string[] = [];
  for (const c of changes) {
    switch (c.key) {
      case 'apiserver.kubeletCertificateAuthority':
        if (c.value === true)
          out.push(`--kubelet-certificate-authority=${SNIPPET_PATHS.clusterCa}`);
        else out.push('# remove --kubelet-certificate-authority');
        break;
      case 'apiserver.kubeletClientCertificate':
        if (c.value === true) {
          out.push(`--kubelet-client-certificate=${SNIPPET_PATHS.kubeletClientCert}`);
          out.push(`--kubelet-client-key=${SNIPPET_PATHS.kubeletClientKey}`);
        } else out.push('# remove --kubelet-client-certificate and --kubelet-client-key');
        break;
      case 'apiserver.anonymousAuth':
        out.push(`--anonymous-auth=${formatValue(c.value)}`);
        break;
      case 'apiserver.authorizationModes':
        out.push(`--authorization-mode=${formatValue(c.value)}`);
        break;
      case 'apiserver.sshTunnels':
        out.push(
          c.value === false
            ? '# remove --ssh-user and --ssh-keyfile'
            : '--ssh-user=… --ssh-keyfile=…',
        );
        break;
      case 'konnectivity.serverMatchesEgress':
        break;
      case 'konnectivity.enabled':
        out.push(
          c.value === true
            ? `--egress-selector-config-file=${SNIPPET_PATHS.egressConfig}`
            : '# remove --egress-selector-config-file (or make the cluster selection Direct)',
        );
        break;
      default:
        break;
    }
  }
  return out;
}

function kubeletYaml(changes: readonly Change[]): string[] {
  const top: string[] = [];
  const authn: string[] = [];
  let authz: string | undefined;
  for (const c of changes) {
    switch (c.key) {
      case 'kubelet.servingCertificate':
        if (c.value === 'tls-bootstrap') top.push('serverTLSBootstrap: true');
        else if (c.value === 'ca-signed') {
          top.push(`tlsCertFile: ${SNIPPET_PATHS.kubeletServingCert}`);
          top.push(`tlsPrivateKeyFile: ${SNIPPET_PATHS.kubeletServingKey}`);
        }
        break;
      case 'kubelet.readOnlyPort':
        top.push(`readOnlyPort: ${formatValue(c.value)}`);
        break;
      case 'kubelet.clientCAFile':
        if (c.value === true) authn.push('  x509:', `    clientCAFile: ${SNIPPET_PATHS.clusterCa}`);
        break;
      case 'kubelet.anonymousAuth':
        authn.push('  anonymous:', `    enabled: ${formatValue(c.value)}`);
        break;
      case 'kubelet.webhookAuthentication':
        authn.push('  webhook:', `    enabled: ${formatValue(c.value)}`);
        break;
      case 'kubelet.authorizationMode':
        authz = formatValue(c.value);
        break;
      default:
        break;
    }
  }
  if (top.length + authn.length === 0 && authz === undefined) return [];
  return [
    'apiVersion: kubelet.config.k8s.io/v1beta1',
    'kind: KubeletConfiguration',
    ...top,
    ...(authn.length ? ['authentication:', ...authn] : []),
    ...(authz ? ['authorization:', `  mode: ${authz}`] : []),
  ];
}

/** The EgressSelectorConfiguration for a config's Konnectivity frontend (cluster selection only). */
export function egressSelectorYaml(config: Config): string {
  const head = [
    'apiVersion: apiserver.k8s.io/v1beta1',
    'kind: EgressSelectorConfiguration',
    'egressSelections:',
    '- name: cluster',
    '  connection:',
  ];
  if (config.konnectivity.frontend === 'uds') {
    // kube-apiserver accepts GRPC only over a Unix socket.
    return [
      ...head,
      '    proxyProtocol: GRPC',
      '    transport:',
      '      uds:',
      `        udsName: ${SNIPPET_PATHS.udsName}`,
    ].join('\n');
  }
  return [
    ...head,
    '    proxyProtocol: HTTPConnect',
    '    transport:',
    '      tcp:',
    `        url: ${config.konnectivity.frontend === 'tcp-tls' ? 'https' : 'http'}://127.0.0.1:8131`,
    ...(config.konnectivity.frontend === 'tcp-tls'
      ? [
          '        tlsConfig:',
          '          caBundle: /etc/kubernetes/pki/konnectivity/server-ca.crt',
          '          clientKey: /etc/kubernetes/pki/konnectivity/apiserver-client.key',
          '          clientCert: /etc/kubernetes/pki/konnectivity/apiserver-client.crt',
        ]
      : []),
  ].join('\n');
}

/** konnectivity-server flags matching a config's frontend and agent authentication. */
export function konnectivityServerFlags(config: Config): string[] {
  const k = config.konnectivity;
  const frontend =
    k.frontend === 'uds'
      ? [
          '--mode=grpc',
          `--uds-name=${SNIPPET_PATHS.udsName}`,
          '--delete-existing-uds-file',
          '--server-port=0',
        ]
      : [
          '--mode=http-connect',
          '--server-port=8131',
          '--server-ca-cert=/etc/kubernetes/pki/konnectivity/client-ca.crt',
          '--server-cert=/etc/kubernetes/pki/konnectivity/server.crt',
          '--server-key=/etc/kubernetes/pki/konnectivity/server.key',
        ];
  const agents =
    k.agentAuthentication === 'service-account-token'
      ? [
          '--agent-namespace=kube-system',
          '--agent-service-account=konnectivity-agent',
          '--authentication-audience=system:konnectivity-server',
          '--kubeconfig=/etc/kubernetes/konnectivity-server.conf',
        ]
      : k.agentAuthentication === 'mtls'
        ? [`--cluster-ca-cert=${SNIPPET_PATHS.clusterCa}`]
        : [
            '# no agent authentication: any agent is accepted (add --agent-namespace/--agent-service-account/--authentication-audience or --cluster-ca-cert)',
          ];
  return [
    ...frontend,
    '--cluster-cert=/etc/kubernetes/pki/apiserver.crt',
    '--cluster-key=/etc/kubernetes/pki/apiserver.key',
    '--agent-port=8132',
    '--admin-port=8133',
    '--health-port=8134',
    ...agents,
  ];
}

/** konnectivity-agent flags matching a config's agent authentication. */
export function konnectivityAgentFlags(config: Config): string[] {
  const auth =
    config.konnectivity.agentAuthentication === 'service-account-token'
      ? ['--service-account-token-path=/var/run/secrets/tokens/konnectivity-agent-token']
      : config.konnectivity.agentAuthentication === 'mtls'
        ? [
            '--agent-cert=/etc/kubernetes/pki/konnectivity-agent.crt',
            '--agent-key=/etc/kubernetes/pki/konnectivity-agent.key',
          ]
        : [];
  return [
    '--proxy-server-host=<konnectivity-server address>',
    '--proxy-server-port=8132',
    '--ca-cert=/var/run/secrets/kubernetes.io/serviceaccount/ca.crt',
    ...auth,
  ];
}

/**
 * One KubeletConfiguration fragment per group of pools that get the same kubelet changes: a
 * single fragment when every pool gets the same (titled as before in a one-pool scenario).
 */
function kubeletSnippets(config: Config, changes: readonly Change[]): Snippet[] {
  const groups = new Map<string, string[]>();
  for (const p of config.pools) {
    const text = kubeletYaml(changes.filter((c) => c.pool === undefined || c.pool === p.name)).join('\n');
    if (text) groups.set(text, [...(groups.get(text) ?? []), p.name]);
  }
  const multi = config.pools.length > 1;
  return [...groups].map(([text, pools]) => ({
    id: 'kubelet-configuration',
    title: !multi
      ? 'KubeletConfiguration fragment'
      : pools.length === config.pools.length
        ? 'KubeletConfiguration fragment (every pool)'
        : `KubeletConfiguration fragment (pool${pools.length === 1 ? '' : 's'} ${pools.join(', ')})`,
    language: 'yaml',
    text,
    ...(multi ? { pools } : {}),
  }));
}

/**
 * Copyable snippets for a set of changes applied to `config`: kube-apiserver flags, a
 * KubeletConfiguration fragment, and, when Konnectivity is part of the change, the
 * EgressSelectorConfiguration and the konnectivity-server and agent flags of the resulting config.
 */
export function planSnippets(config: Config, changes: readonly Change[]): Snippet[] {
  const after = applyChanges(config, changes);
  const out: Snippet[] = [];
  const flags = apiserverFlags(changes);
  if (flags.length) {
    out.push({
      id: 'kube-apiserver-flags',
      title: 'kube-apiserver flags',
      language: 'shell',
      text: flags.join('\n'),
    });
  }
  out.push(...kubeletSnippets(config, changes));
  const konnectivity = changes.some((c) => c.key.startsWith('konnectivity.'));
  if (konnectivity && after.konnectivity.enabled) {
    out.push({
      id: 'egress-selector-configuration',
      title: `EgressSelectorConfiguration (${SNIPPET_PATHS.egressConfig})`,
      language: 'yaml',
      text: egressSelectorYaml(after),
    });
    out.push({
      id: 'konnectivity-server-flags',
      title: 'konnectivity-server flags',
      language: 'shell',
      text: konnectivityServerFlags(after).join('\n'),
    });
    out.push({
      id: 'konnectivity-agent-flags',
      title: 'konnectivity-agent flags',
      language: 'shell',
      text: konnectivityAgentFlags(after).join('\n'),
    });
  }
  if (has(changes, 'apiserver.proxyScheme')?.value === 'https') {
    out.push({
      id: 'proxy-requests',
      title: 'proxy requests',
      language: 'text',
      text: '/api/v1/namespaces/<ns>/pods/https:<name>:<port>/proxy/  (the https: prefix encrypts; it still verifies no certificate)',
    });
  }
  return out;
}
