import { findingsFor, type Finding, type FindingId } from './findings';
import type { PathInstanceRef } from './instances';
import type { Config, PathId } from './types';

const TO_APISERVER: readonly FindingId[] = ['apiserver-always-allow', 'apiserver-no-rbac'];
const TUNNELS: readonly FindingId[] = ['konnectivity-any-agent', 'ssh-tunnels-removed'];

/** Findings whose settings decide a path's state or who may use it, per path kind. */
export const RELATED_FINDINGS: Readonly<Record<PathId, readonly FindingId[]>> = {
  'kubelet-apiserver': [...TO_APISERVER, 'apiserver-no-node-authorizer'],
  'kube-proxy-apiserver': TO_APISERVER,
  'pod-apiserver': TO_APISERVER,
  'konnectivity-agent-server': ['konnectivity-any-agent'],
  'apiserver-kubelet': [
    'apiserver-no-kubelet-ca',
    'apiserver-no-kubelet-client-cert',
    'kubelet-self-signed',
    'kubelet-open',
    'kubelet-anonymous',
    'kubelet-always-allow',
    'kubelet-no-client-ca',
    ...TUNNELS,
  ],
  'apiserver-proxy-node': TUNNELS,
  'apiserver-proxy-pod': TUNNELS,
  'apiserver-proxy-service': TUNNELS,
  'apiserver-konnectivity-server': [],
  'apiserver-ssh-tunnel': ['ssh-tunnels-removed'],
  'kubelet-readonly': ['kubelet-read-only-port'],
};

/**
 * The findings that hold for a scenario and relate to a path instance (their CIS ids go with the
 * path): cluster-wide ones, and kubelet ones of the instance's pool.
 */
export function relatedFindings(config: Config, ref: PathInstanceRef): Finding[] {
  const ids = RELATED_FINDINGS[ref.id];
  const pool = ref.pool === undefined ? undefined : config.pools[ref.pool]!.name;
  return findingsFor(config).filter((f) => ids.includes(f.id) && (f.pool === undefined || f.pool === pool));
}
