import type { ComponentKind, Direction, PathId } from './types';

/** A path end: a component kind, a node as a whole (a port other than the kubelet's), or anyone. */
export type Endpoint = ComponentKind | 'node' | 'anyone';

/** Static facts about a path kind (DOMAIN.md §2). */
export interface PathSpec {
  readonly id: PathId;
  readonly from: Endpoint;
  readonly to: Endpoint;
  readonly direction: Direction;
  /** Short label for the UI. */
  readonly label: string;
  /** What travels on it. */
  readonly travels: string;
  /**
   * Instances: one per node pool (nodes of a pool behave alike), or a single one for the path
   * that stays inside the control plane (DOMAIN.md §9).
   */
  readonly multiplicity: 'per-pool' | 'single';
  /** What a user loses or gains with it, in a few words ("logs/exec"), for pool-by-pool summaries. */
  readonly feature: string;
  /** Routed through the cluster egress selection (Konnectivity / SSH) when a tunnel is in use. */
  readonly egress: boolean;
}

/** The path catalogue, in DOMAIN.md order. */
export const PATH_SPECS: Readonly<Record<PathId, PathSpec>> = {
  'kubelet-apiserver': {
    id: 'kubelet-apiserver',
    feature: 'node status and pod watches',
    from: 'kubelet',
    to: 'apiserver',
    direction: 'node-to-control-plane',
    label: 'kubelet → apiserver',
    travels: 'node status, pod watches, CSRs, leases',
    multiplicity: 'per-pool',
    egress: false,
  },
  'kube-proxy-apiserver': {
    id: 'kube-proxy-apiserver',
    feature: 'Service watches',
    from: 'kube-proxy',
    to: 'apiserver',
    direction: 'node-to-control-plane',
    label: 'kube-proxy → apiserver',
    travels: 'Service / EndpointSlice watches',
    multiplicity: 'per-pool',
    egress: false,
  },
  'pod-apiserver': {
    id: 'pod-apiserver',
    feature: 'in-cluster API calls',
    from: 'pod',
    to: 'apiserver',
    direction: 'node-to-control-plane',
    label: 'pod → kubernetes Service → apiserver',
    travels: 'in-cluster API calls with the service-account token',
    multiplicity: 'per-pool',
    egress: false,
  },
  'konnectivity-agent-server': {
    id: 'konnectivity-agent-server',
    feature: 'the agent tunnel',
    from: 'konnectivity-agent',
    to: 'konnectivity-server',
    direction: 'node-to-control-plane',
    label: 'konnectivity-agent → server',
    travels: 'the tunnel itself (gRPC over TLS)',
    multiplicity: 'per-pool',
    egress: false,
  },
  'apiserver-kubelet': {
    id: 'apiserver-kubelet',
    feature: 'logs/exec',
    from: 'apiserver',
    to: 'kubelet',
    direction: 'control-plane-to-node',
    label: 'apiserver → kubelet :10250',
    travels: 'kubectl logs, exec, attach, port-forward (and nodes/{n}/proxy to the kubelet port)',
    multiplicity: 'per-pool',
    egress: true,
  },
  'apiserver-proxy-node': {
    id: 'apiserver-proxy-node',
    feature: 'the node proxy',
    from: 'apiserver',
    to: 'node',
    direction: 'control-plane-to-node',
    label: 'apiserver proxy → node',
    travels: '/api/v1/nodes/{name:port}/proxy',
    multiplicity: 'per-pool',
    egress: true,
  },
  'apiserver-proxy-pod': {
    id: 'apiserver-proxy-pod',
    feature: 'the pod proxy',
    from: 'apiserver',
    to: 'pod',
    direction: 'control-plane-to-node',
    label: 'apiserver proxy → pod',
    travels: '/api/v1/namespaces/{ns}/pods/{[https:]name[:port]}/proxy',
    multiplicity: 'per-pool',
    egress: true,
  },
  'apiserver-proxy-service': {
    id: 'apiserver-proxy-service',
    feature: 'the service proxy',
    from: 'apiserver',
    to: 'service',
    direction: 'control-plane-to-node',
    label: 'apiserver proxy → service',
    travels: '/api/v1/namespaces/{ns}/services/{[https:]name[:port]}/proxy',
    multiplicity: 'per-pool',
    egress: true,
  },
  'apiserver-konnectivity-server': {
    id: 'apiserver-konnectivity-server',
    feature: 'the egress frontend',
    from: 'apiserver',
    to: 'konnectivity-server',
    direction: 'inside-control-plane',
    label: 'apiserver → konnectivity-server',
    travels: 'egress selector frontend (Unix socket or TCP)',
    multiplicity: 'single',
    egress: false,
  },
  'apiserver-ssh-tunnel': {
    id: 'apiserver-ssh-tunnel',
    feature: 'SSH tunnels',
    from: 'apiserver',
    to: 'node',
    direction: 'control-plane-to-node',
    label: 'apiserver → node :22 (SSH)',
    travels: 'legacy SSH tunnels (removed in v1.22)',
    multiplicity: 'per-pool',
    egress: false,
  },
  'kubelet-readonly': {
    id: 'kubelet-readonly',
    feature: 'the read-only port',
    from: 'anyone',
    to: 'kubelet',
    direction: 'into-node',
    label: 'anyone → kubelet :10255',
    travels: 'unauthenticated read-only kubelet API',
    multiplicity: 'per-pool',
    egress: false,
  },
};
