import type { ComponentKind, PathId, PoolView } from './types';

/** A DOMAIN.md §8 pitfall, as data: where it applies and when. */
export interface Pitfall {
  readonly id: string;
  readonly paths: readonly PathId[];
  readonly components: readonly ComponentKind[];
  readonly when: (c: PoolView) => boolean;
  readonly text: string;
}

const EGRESS: readonly PathId[] = ['apiserver-kubelet', 'apiserver-proxy-node', 'apiserver-proxy-pod', 'apiserver-proxy-service'];

/** The pitfall catalogue (DOMAIN.md §8). */
export const PITFALLS: readonly Pitfall[] = [
  {
    id: 'kubeadm-self-signed',
    paths: ['apiserver-kubelet'],
    components: ['kubelet'],
    when: (c) => !c.apiserver.kubeletCertificateAuthority && c.kubelet.servingCertificate === 'self-signed',
    text: 'kubeadm cannot set --kubelet-certificate-authority by default because kubelets self-sign their serving certificates; serverTLSBootstrap: true needs an approver for kubernetes.io/kubelet-serving CSRs (the built-in controllers do not approve them).',
  },
  {
    id: 'serving-cert-sans',
    paths: ['apiserver-kubelet'],
    components: ['kubelet'],
    when: (c) => c.apiserver.kubeletCertificateAuthority && c.kubelet.servingCertificate !== 'self-signed',
    text: 'The serving certificate must contain the address the apiserver dials (--kubelet-preferred-address-types), or verification fails.',
  },
  {
    id: 'metrics-server-insecure-tls',
    paths: ['apiserver-kubelet'],
    components: ['kubelet'],
    when: () => true,
    text: 'metrics-server --kubelet-insecure-tls is the same hole as a missing --kubelet-certificate-authority, for the metrics-server → kubelet connection.',
  },
  {
    id: 'skip-tls-verify-backend',
    paths: ['apiserver-kubelet'],
    components: [],
    when: (c) => c.apiserver.kubeletCertificateAuthority,
    text: 'kubectl logs --insecure-skip-tls-verify-backend skips kubelet verification for that request, even with --kubelet-certificate-authority set.',
  },
  {
    id: 'no-approver',
    paths: ['apiserver-kubelet'],
    components: ['kubelet'],
    when: (c) => c.kubelet.servingCertificate === 'tls-bootstrap',
    text: 'With serverTLSBootstrap: true and no approver, the kubelet has no serving certificate and every connection to :10250 fails ("no serving certificate available for the kubelet").',
  },
  {
    id: 'anonymous-probes',
    paths: [],
    components: ['apiserver'],
    when: (c) => !c.apiserver.anonymousAuth,
    text: '--anonymous-auth=false breaks anonymous /livez and /readyz probes; from 1.32 (1.31 behind AnonymousAuthConfigurableEndpoints) an AuthenticationConfiguration anonymous block with conditions can allow those paths only; it cannot be combined with --anonymous-auth.',
  },
  {
    id: 'egress-cluster-only',
    paths: [...EGRESS, 'apiserver-konnectivity-server', 'konnectivity-agent-server'],
    components: ['konnectivity-server', 'konnectivity-agent'],
    when: (c) => c.konnectivity.enabled,
    text: 'Only the cluster egress selection carries kubelet traffic and the node/pod/service proxy; --mode (grpc | http-connect) must match the egress proxyProtocol, and kube-apiserver accepts GRPC only over a Unix socket.',
  },
  {
    id: 'ssh-gce-only',
    paths: [...EGRESS, 'apiserver-ssh-tunnel'],
    components: ['apiserver'],
    when: (c) => c.apiserver.sshTunnels,
    text: 'SSH tunnels (≤ 1.21) only ever worked on GCE with the in-tree cloud provider, and the apiserver accepted any node host key; the docs present them as a protection, the code (ssh.InsecureIgnoreHostKey) disagrees.',
  },
  {
    id: 'kube-bench-read-only-port',
    paths: ['kubelet-readonly'],
    components: ['kubelet'],
    when: () => true,
    text: 'kube-bench passes the read-only-port check when the setting is absent, which is wrong for a flags-only kubelet (default 10255).',
  },
];

/** Pitfalls that apply to a path kind under a config. */
export function pitfallsForPath(id: PathId, c: PoolView): Pitfall[] {
  return PITFALLS.filter((p) => p.paths.includes(id) && p.when(c));
}

/** Pitfalls that apply to a component kind under a config. */
export function pitfallsForComponent(kind: ComponentKind, c: PoolView): Pitfall[] {
  return PITFALLS.filter((p) => p.components.includes(kind) && p.when(c));
}

