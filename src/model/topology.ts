import { isPerPool } from './instances';
import type { PoolSize } from './pools';
import { POOL_LIMITS } from './pools';
import type { ComponentKind, PathId, Result } from './types';
import { PATH_IDS } from './types';
import { PATH_SPECS, type Endpoint } from './paths';

/** Bounds of the topology builder: nodes in all pools, pods per node. */
export const LIMITS = { nodes: POOL_LIMITS.nodes, pods: { min: 1, max: 110 } } as const;

/** One drawn component. Ids are stable strings such as `kubelet@legacy` (the kubelets of pool legacy). */
export interface ComponentInstance {
  readonly id: string;
  readonly kind: ComponentKind;
  readonly label: string;
  /** Pool index for the components of a pool (its nodes behave alike: drawn once). */
  readonly pool?: number;
}

/** One drawn path: a path kind between two component instances, once per pool. */
export interface PathInstance {
  /** Unique key: `apiserver-kubelet@legacy`, or the bare id of the control plane's own path. */
  readonly key: string;
  readonly id: PathId;
  /** Component instance ids; `node@<pool>` stands for the pool's nodes themselves. */
  readonly from: string;
  readonly to: string;
  /** Index of the pool whose settings decide the state (absent: the control plane's own path). */
  readonly pool?: number;
  /** The pool's name. */
  readonly poolName?: string;
}

/** Components and path instances of a scenario's pools: what the diagram draws, once per pool. */
export interface Topology {
  readonly pools: readonly PoolSize[];
  readonly podsPerNode: number;
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

/** The per-pool component kinds, by the prefix of their instance ids. */
export const POOL_PARTS = ['kubelet', 'kube-proxy', 'pods', 'node', 'konnectivity-agent'] as const;
export type PoolPart = (typeof POOL_PARTS)[number];

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

/** Instance id of a path end in pool `pool`; `node@<pool>` is the pool's nodes themselves. */
function endId(end: Endpoint, pool: string): string {
  switch (end) {
    case 'apiserver':
    case 'konnectivity-server':
      return end;
    case 'service':
      return SERVICES[1].id;
    case 'pod':
      return `pods@${pool}`;
    case 'anyone':
      return 'user';
    default:
      return `${end}@${pool}`;
  }
}

/** The key of a path instance: `id@pool` for the per-pool kinds, the bare id for the control plane's own. */
export function instanceKey(id: PathId, pool: string | undefined): string {
  return isPerPool(id) && pool !== undefined ? `${id}@${pool}` : id;
}

/** The first instance of a path kind (its first pool's), which a bare path id stands for. */
export const firstInstanceKey = (id: PathId, pools: readonly PoolSize[]): string =>
  instanceKey(id, pools[0]?.name);

/**
 * Builds the topology of the given pools: O(pools), whatever their node counts, because the nodes
 * of a pool run the same settings and are drawn once (sizes are checked by the caller).
 */
export function buildTopology(pools: readonly PoolSize[], podsPerNode: number): Topology {
  const components: ComponentInstance[] = [...CONTROL_PLANE];
  for (const s of SERVICES) components.push({ id: s.id, kind: 'service', label: s.label });
  const pods = `${podsPerNode} pod${podsPerNode === 1 ? '' : 's'} per node`;
  pools.forEach(({ name }, pool) => {
    components.push(
      { id: `kubelet@${name}`, kind: 'kubelet', label: 'kubelet', pool },
      { id: `kube-proxy@${name}`, kind: 'kube-proxy', label: 'kube-proxy', pool },
      {
        id: `konnectivity-agent@${name}`,
        kind: 'konnectivity-agent',
        label: 'konnectivity-agent',
        pool,
      },
      { id: `pods@${name}`, kind: 'pod', label: pods, pool },
    );
  });
  const paths: PathInstance[] = [];
  for (const id of PATH_IDS) {
    const spec = PATH_SPECS[id];
    if (!isPerPool(id)) {
      paths.push({ key: id, id, from: spec.from, to: spec.to });
      continue;
    }
    pools.forEach(({ name }, pool) => {
      paths.push({
        key: instanceKey(id, name),
        id,
        from: endId(spec.from, name),
        to: endId(spec.to, name),
        pool,
        poolName: name,
      });
    });
  }
  return { pools, podsPerNode, components, paths };
}

/**
 * The pool index an instance key or component id names (`…@legacy`), or undefined for the
 * cluster-wide ones (and for a pool that does not exist).
 */
export function poolOfKey(pools: readonly PoolSize[], key: string): number | undefined {
  const at = key.lastIndexOf('@');
  if (at < 0) return undefined;
  const name = key.slice(at + 1);
  const i = pools.findIndex((p) => p.name === name);
  return i < 0 ? undefined : i;
}

/** The pool list of a one-pool `default` scenario of `nodes` nodes (today's `nodes=N`). */
export const onePool = (nodes: number): PoolSize[] => [{ name: 'default', nodes }];
