import { PATH_SPECS } from './paths';
import { sshUsable } from './predicates';
import type { ClusterSettings, PathId } from './types';

/** How a path's connection travels: straight across the link, inside Konnectivity, or inside SSH. */
export type Route = 'direct' | 'konnectivity' | 'ssh';

/**
 * The route of a path kind under a config (DOMAIN.md §5). Only the `cluster` egress selection
 * (apiserver → kubelet / node / pod / service) can ride a tunnel. Konnectivity carries it whenever
 * enabled: a tunnel that accepts any agent still carries the traffic (it is unverified, not
 * bypassed), and a plain-TCP frontend makes the dials fail at the konnectivity-server without
 * falling back, so the attempted route is still the tunnel. SSH carries it only when usable
 * (flags present, < 1.22) and Konnectivity is off (Konnectivity takes precedence).
 */
export function routeOf(id: PathId, config: ClusterSettings): Route {
  if (!PATH_SPECS[id].egress) return 'direct';
  if (config.konnectivity.enabled) return 'konnectivity';
  if (sshUsable(config)) return 'ssh';
  return 'direct';
}
