import type { Route } from '../model/route';
import type { PoolPart } from '../model/topology';
import type { PathId } from '../model/types';

/** What a bundle of paths carries: the label drawn across the band. */
export const BUNDLES = ['read-only', 'logs', 'watches', 'proxy', 'tunnel'] as const;
export type Bundle = (typeof BUNDLES)[number];

/** Bundle labels, long and (for narrow drawings) in two lines. */
export const BUNDLE_TEXT: Readonly<
  Record<Bundle, { readonly long: string; readonly lines: readonly string[] }>
> = {
  'read-only': { long: 'read-only :10255', lines: ['read-only', ':10255'] },
  logs: { long: 'logs · exec · attach · port-forward', lines: ['logs · exec ·', 'attach · fwd'] },
  watches: { long: 'watches · API calls', lines: ['watches', 'API calls'] },
  proxy: { long: 'proxy → node / pod / service', lines: ['proxy →', 'node/pod/svc'] },
  tunnel: { long: 'tunnel', lines: ['tunnel'] },
};

/** The tunnel bundle's label when it carries the control plane's requests. */
export const TUNNEL_RIDING = {
  long: 'tunnel · carries logs · exec · proxy',
  lines: ['tunnel · carries', 'logs · exec · proxy'],
} as const;

/** Where a lane's line starts above the band: the apiserver, the konnectivity-server or the outside user. */
export type LaneSource = 'hub' | 'ks' | 'user';

/**
 * One lane: the route of one path kind from the control plane down to a pool. Lines of one kind
 * (one per pool) run side by side in it; lanes of one bundle are neighbours.
 */
export interface Lane {
  readonly id: PathId;
  readonly bundle: Bundle;
  readonly source: LaneSource;
  /** The part of the pool card the line ends at. */
  readonly part: PoolPart;
  /** Enters its part from the gutter on its left, or (tunnel legs) from below, along the card's floor. */
  readonly entry: 'side' | 'below';
  /** Runs in the pool card's gutter left of this part. */
  readonly gutter: PoolPart;
  /** Passes through this Service on its way (an instance id). */
  readonly via?: string;
}

/** Paths that can ride a tunnel (the cluster egress selection), in their tunnel-lane order. */
const RIDERS: readonly PathId[] = [
  'apiserver-proxy-node',
  'apiserver-proxy-pod',
  'apiserver-proxy-service',
  'apiserver-kubelet',
];
const RIDER_PART: Readonly<Partial<Record<PathId, PoolPart>>> = {
  'apiserver-proxy-node': 'node',
  'apiserver-proxy-pod': 'pods',
  'apiserver-proxy-service': 'pods',
  'apiserver-kubelet': 'kubelet',
};

const side = (
  id: PathId,
  bundle: Bundle,
  part: PoolPart,
  source: LaneSource = 'hub',
  via?: string,
): Lane => ({
  id,
  bundle,
  source,
  part,
  entry: 'side',
  gutter: part,
  ...(via ? { via } : {}),
});

/**
 * Every lane, left to right, for a route of the egress paths. The order is the same at the
 * control plane, across the band and in the pool cards, so lanes never cross each other; the
 * parts of a card sit left to right as kubelet, kube-proxy, pods, host, agent.
 */
export function lanesFor(route: Route): readonly Lane[] {
  const riding = route !== 'direct';
  const lanes: Lane[] = [side('kubelet-readonly', 'read-only', 'kubelet', 'user')];
  if (!riding) lanes.push(side('apiserver-kubelet', 'logs', 'kubelet'));
  lanes.push(
    side('kubelet-apiserver', 'watches', 'kubelet'),
    side('kube-proxy-apiserver', 'watches', 'kube-proxy'),
    side('pod-apiserver', 'watches', 'pods', 'hub', 'service:default/kubernetes'),
  );
  if (!riding) {
    lanes.push(
      side('apiserver-proxy-pod', 'proxy', 'pods'),
      side('apiserver-proxy-service', 'proxy', 'pods', 'hub', 'service:shop/web'),
      side('apiserver-proxy-node', 'proxy', 'node'),
    );
  }
  const tunnel = (id: PathId, part: PoolPart, source: LaneSource): Lane => ({
    id,
    bundle: 'tunnel',
    source,
    part,
    entry: 'below',
    gutter: 'konnectivity-agent',
  });
  lanes.push(tunnel('apiserver-ssh-tunnel', 'node', 'hub'));
  if (riding)
    for (const id of RIDERS)
      lanes.push(tunnel(id, RIDER_PART[id]!, route === 'ssh' ? 'hub' : 'ks'));
  lanes.push({ ...side('konnectivity-agent-server', 'tunnel', 'konnectivity-agent', 'ks') });
  return lanes;
}

/**
 * The place (0 = leftmost) of pool `pool`'s line among a lane's `pools` lines. The line that
 * leaves the lane first sits nearest the side it turns to: the first pool's line rightmost in a
 * lane that turns right into its part, leftmost in a tunnel lane that turns left along the floor.
 */
export const poolPlace = (lane: Lane, pool: number, pools: number): number =>
  lane.entry === 'side' ? pools - 1 - pool : pool;
