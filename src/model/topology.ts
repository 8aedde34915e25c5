import { nodeLabelOf } from './nodeNames';
import { isPerPool } from './instances';
import type { PoolSize } from './pools';
import { POOL_LIMITS } from './pools';
import type { ComponentKind, PathId, Result } from './types';
import { PATH_IDS } from './types';
import { PATH_SPECS } from './paths';

/** Bounds of the topology builder: nodes in all pools, pods per node. */
export const LIMITS = { nodes: POOL_LIMITS.nodes, pods: { min: 1, max: 110 } } as const;

/** One drawn component. Ids are stable strings such as `kubelet@node-3`. */
export interface ComponentInstance {
  readonly id: string;
  readonly kind: ComponentKind;
  readonly label: string;
  /** 0-based node index for node components. */
  readonly node?: number;
}

/** One drawn path: a path kind between two component instances. */
export interface PathInstance {
  /** Unique key, e.g. `apiserver-kubelet@node-3`. */
  readonly key: string;
  readonly id: PathId;
  /** Component instance ids; `node@<name>` stands for the node card itself. */
  readonly from: string;
  readonly to: string;
  readonly node?: number;
  /** Name of the node, e.g. `node-3`. */
  readonly nodeName?: string;
  /** Index of the pool whose settings decide the state (absent: the control plane's own path). */
  readonly pool?: number;
}

/** Components and path instances for the nodes of every pool × P pods. */
export interface Topology {
  readonly nodes: number;
  readonly podsPerNode: number;
  readonly nodeNames: readonly string[];
  /** Pool index of each node. */
  readonly nodePools: readonly number[];
  readonly components: readonly ComponentInstance[];
  readonly paths: readonly PathInstance[];
}

/** The Service fronting the apiserver, and an application Service the proxy path targets. */
export const SERVICES = [
  { id: 'service:default/kubernetes', label: 'kubernetes (default)' },
  { id: 'service:shop/web', label: 'web (shop)' },
] as const;

const CONTROL_PLANE: readonly ComponentInstance[] = [
  { id: 'apiserver', kind: 'apiserver', label: 'kube-apiserver' },
  { id: 'konnectivity-server', kind: 'konnectivity-server', label: 'konnectivity-server' },
  { id: 'etcd', kind: 'etcd', label: 'etcd' },
  { id: 'scheduler', kind: 'scheduler', label: 'kube-scheduler' },
  { id: 'controller-manager', kind: 'controller-manager', label: 'kube-controller-manager' },
  { id: 'user', kind: 'user', label: 'kubectl user' },
];

/** Validates node and pod counts. */
export function checkSize(nodes: number, pods: number): Result<{ nodes: number; pods: number }> {
  const { nodes: n, pods: p } = LIMITS;
  if (!Number.isInteger(nodes) || nodes < n.min || nodes > n.max) {
    return { ok: false, error: `nodes must be an integer ${n.min}..${n.max}, got ${nodes}` };
  }
  if (!Number.isInteger(pods) || pods < p.min || pods > p.max) {
    return { ok: false, error: `pods per node must be an integer ${p.min}..${p.max}, got ${pods}` };
  }
  return { ok: true, value: { nodes, pods } };
}

/** Instance id of a path end on node `node`; `node@<name>` is the node card itself. */
function endId(kind: string, node: string): string {
  switch (kind) {
    case 'apiserver':
    case 'konnectivity-server':
      return kind;
    case 'node':
      return `node@${node}`;
    case 'pod':
      return `pods@${node}`;
    case 'anyone':
      return 'user';
    default:
      return `${kind}@${node}`;
  }
}

/** Builds the topology of the given pools (sizes are checked by the caller). */
export function buildTopology(pools: readonly PoolSize[], podsPerNode: number): Topology {
  const nodeNames: string[] = [];
  const nodePools: number[] = [];
  pools.forEach((p, pool) => {
    for (let i = 0; i < p.nodes; i++) {
      nodeNames.push(nodeLabelOf(pools, pool, i));
      nodePools.push(pool);
    }
  });
  const components: ComponentInstance[] = [...CONTROL_PLANE];
  for (const s of SERVICES) components.push({ id: s.id, kind: 'service', label: s.label });
  nodeNames.forEach((name, node) => {
    components.push(
      { id: `kubelet@${name}`, kind: 'kubelet', label: 'kubelet', node },
      { id: `kube-proxy@${name}`, kind: 'kube-proxy', label: 'kube-proxy', node },
      { id: `konnectivity-agent@${name}`, kind: 'konnectivity-agent', label: 'konnectivity-agent', node },
      { id: `pods@${name}`, kind: 'pod', label: `${podsPerNode} pod${podsPerNode === 1 ? '' : 's'}`, node },
    );
  });
  const paths: PathInstance[] = [];
  for (const id of PATH_IDS) {
    const spec = PATH_SPECS[id];
    if (!isPerPool(id)) {
      paths.push({ key: id, id, from: spec.from, to: spec.to });
    } else if (spec.to === 'service') {
      // The proxy to a Service reaches pods of every pool through the one Service: one line per pool.
      const target = SERVICES[1].id;
      pools.forEach((p, pool) => {
        const key = pools.length === 1 ? `${id}@${target}` : `${id}@${target}@${p.name}`;
        paths.push({ key, id, from: spec.from, to: target, pool });
      });
    } else {
      nodeNames.forEach((name, node) => {
        const from = endId(spec.from, name);
        const to = endId(spec.to, name);
        paths.push({ key: `${id}@${name}`, id, from, to, node, nodeName: name, pool: nodePools[node]! });
      });
    }
  }
  return { nodes: nodeNames.length, podsPerNode, nodeNames, nodePools, components, paths };
}

/** The pool index a drawn path instance key belongs to (0 when the key names no pool's node). */
export function poolOfInstanceKey(pools: readonly PoolSize[], key: string): number {
  const at = key.lastIndexOf('@');
  if (at < 0) return 0;
  const tail = key.slice(at + 1);
  if (pools.length === 1) return 0;
  const i = pools.findIndex((p) => tail === p.name || (tail.startsWith(`${p.name}-`) && /^\d+$/.test(tail.slice(p.name.length + 1))));
  return Math.max(0, i);
}

/** The pool list of a one-pool `default` scenario of `nodes` nodes (today's `nodes=N`). */
export const onePool = (nodes: number): PoolSize[] => [{ name: 'default', nodes }];
