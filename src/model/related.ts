import { findingsFor, type Finding, type FindingId } from './findings';
import type { Config, PathId } from './types';

const TO_APISERVER: readonly FindingId[] = ['apiserver-open', 'apiserver-always-allow', 'apiserver-no-rbac'];
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

/** The findings that hold for a config and relate to a path kind (their CIS ids go with the path). */
export function relatedFindings(id: PathId, c: Config): Finding[] {
  const ids = RELATED_FINDINGS[id];
  return findingsFor(c).filter((f) => ids.includes(f.id));
}
