import { POSITIONS, positionPresent, type Position } from './attackers';
import type { ConditionId } from './conditions';
import type { FindingId } from './findings';
import { holds, type Facts } from './rules';
import type { PathId, PathState } from './types';

/** A source for an exposure row: a CVE, an upstream document or issue, or a tool that does it. */
export interface Evidence {
  readonly label: string;
  readonly url: string;
}

/**
 * One row of DOMAIN.md §10: on these paths, in these states (any state when absent), while every
 * listed condition holds, these positions gain this. Rows on a finding apply where it holds.
 */
export interface ExposureRow {
  readonly id: string;
  readonly paths: readonly PathId[];
  readonly states?: readonly PathState[];
  readonly when: readonly ConditionId[];
  /** Findings §10 names for this row (they carry its exposures in reports). */
  readonly findings: readonly FindingId[];
  readonly positions: readonly Position[];
  /** What they gain, in a sentence. */
  readonly gains: string;
  /** The gain in a few words, for summaries: "exec in every pod". */
  readonly gainShort: string;
  /** The cause in a few words: "kubelet serves anonymous callers". */
  readonly cause: string;
  readonly evidence: readonly Evidence[];
}

const DOCS_CP_NODE: Evidence = {
  label: 'Kubernetes docs: communication between nodes and the control plane',
  url: 'https://kubernetes.io/docs/concepts/architecture/control-plane-node-communication/',
};
const KUBELETCTL: Evidence = { label: 'kubeletctl (CyberArk): exec and token theft through open kubelets', url: 'https://github.com/cyberark/kubeletctl' };
const KUBELET_AUTH: Evidence = {
  label: 'Kubernetes docs: kubelet authentication and authorization',
  url: 'https://kubernetes.io/docs/reference/access-authn-authz/kubelet-authn-authz/',
};
const ANP: Evidence = {
  label: 'apiserver-network-proxy (Konnectivity): server and agent flags',
  url: 'https://github.com/kubernetes-sigs/apiserver-network-proxy',
};
const CVE_10749: Evidence = { label: 'CVE-2020-10749: IPv6 router advertisements from pods', url: 'https://github.com/kubernetes/kubernetes/issues/91507' };
const CVE_8554: Evidence = { label: 'CVE-2020-8554: man in the middle with Service externalIPs', url: 'https://github.com/kubernetes/kubernetes/issues/97076' };

const PROXIES: readonly PathId[] = ['apiserver-proxy-node', 'apiserver-proxy-pod', 'apiserver-proxy-service'];

/** DOMAIN.md §10 as data, beside the rules. Every path × state not listed exposes nothing. */
export const EXPOSURE_ROWS: readonly ExposureRow[] = [
  {
    id: 'kubelet-unverified-no-ca',
    paths: ['apiserver-kubelet'],
    states: ['unverified'],
    when: ['no-kubelet-ca'],
    findings: [],
    positions: ['link', 'node-network', 'node'],
    gains:
      'read and change exec/attach/port-forward streams and logs, and inject commands into a user’s session (a compromised node answers for another node’s address)',
    gainShort: 'read and change exec streams and logs',
    cause: 'no --kubelet-certificate-authority',
    evidence: [DOCS_CP_NODE, CVE_10749, CVE_8554],
  },
  {
    id: 'kubelet-serves-anonymous',
    paths: ['apiserver-kubelet'],
    when: ['kubelet-open'],
    findings: ['kubelet-open'],
    positions: ['anyone', 'pod', 'node-network'],
    gains: 'exec in every pod on those nodes and read their service-account tokens',
    gainShort: 'exec in every pod',
    cause: 'kubelet serves anonymous callers',
    evidence: [KUBELETCTL, KUBELET_AUTH],
  },
  {
    id: 'kubelet-tunneled-no-ca',
    paths: ['apiserver-kubelet'],
    states: ['tunneled'],
    when: ['no-kubelet-ca'],
    findings: [],
    positions: ['node'],
    gains:
      'a node hosting an agent carries a random share of the tunnel’s traffic, and the inner TLS is not verified: it can read and change the streams it carries',
    gainShort: 'read and change the exec streams it carries',
    cause: 'tunnel without --kubelet-certificate-authority',
    evidence: [ANP, DOCS_CP_NODE],
  },
  {
    id: 'proxy-direct',
    paths: PROXIES,
    states: ['plaintext', 'unverified'],
    when: [],
    findings: [],
    positions: ['link', 'node-network'],
    gains: 'read and change proxied requests and responses',
    gainShort: 'read and change proxied traffic',
    cause: 'the proxy verifies nothing',
    evidence: [DOCS_CP_NODE, CVE_10749],
  },
  {
    id: 'proxy-last-leg',
    paths: PROXIES,
    states: ['tunneled'],
    when: [],
    findings: [],
    positions: ['node-network'],
    gains: 'read and change proxied traffic on the agent → target leg, which runs inside the node network and is not verified',
    gainShort: 'read and change proxied traffic on the agent → target leg',
    cause: 'no flag verifies the last leg',
    evidence: [ANP, CVE_8554],
  },
  {
    id: 'readonly-port',
    paths: ['kubelet-readonly'],
    states: ['plaintext'],
    when: [],
    findings: [],
    positions: ['anyone', 'pod'],
    gains: 'every pod’s spec (environment variables, images, often secrets) and metrics, without credentials',
    gainShort: 'read every pod spec',
    cause: 'read-only port',
    evidence: [KUBELETCTL, { label: 'kube-bench CIS 4.2.4 (read-only port)', url: 'https://github.com/aquasecurity/kube-bench' }],
  },
  {
    id: 'any-agent',
    paths: ['konnectivity-agent-server'],
    states: ['unverified'],
    when: [],
    findings: [],
    positions: ['anyone', 'pod'],
    gains:
      'join as an agent through the agent port (8091/8132) and be handed tunneled traffic: exec streams, logs, proxied requests',
    gainShort: 'join the tunnel as an agent',
    cause: 'the server accepts any agent',
    evidence: [ANP],
  },
  {
    id: 'ssh-any-host-key',
    paths: ['apiserver-ssh-tunnel'],
    states: ['unverified'],
    when: [],
    findings: [],
    positions: ['link'],
    gains: 'pose as the node with any host key: read and change everything tunneled',
    gainShort: 'pose as the node',
    cause: 'SSH accepts any host key',
    evidence: [{ label: 'kubernetes/kubernetes pkg/ssh/ssh.go (ssh.InsecureIgnoreHostKey)', url: 'https://github.com/kubernetes/kubernetes/blob/release-1.21/pkg/ssh/ssh.go' }],
  },
  {
    id: 'always-allow',
    paths: [],
    when: ['apiserver-allows-all'],
    findings: ['apiserver-always-allow'],
    positions: ['pod'],
    gains: 'every service-account token is cluster-admin',
    gainShort: 'cluster-admin with its own token',
    cause: '--authorization-mode includes AlwaysAllow',
    evidence: [{ label: 'Kubernetes docs: authorization modes (AlwaysAllow)', url: 'https://kubernetes.io/docs/reference/access-authn-authz/authorization/' }],
  },
];

/** What one position gains on one path instance (or through one finding). */
export interface Exposure {
  readonly position: Position;
  /** What it gains; several §10 rows for one position are joined with "; ". */
  readonly gains: string;
  /** False for `link` when the network is trusted: it would be exposed on an untrusted one. */
  readonly present: boolean;
  /** The §10 rows it comes from. */
  readonly rows: readonly string[];
}

const applies = (row: ExposureRow, state: PathState, facts: Facts): boolean =>
  (row.states === undefined || row.states.includes(state)) && row.when.every((c) => holds(facts, c));

/** One exposure per position, in picker order, with the gains of every row that names it. */
function toExposures(rows: readonly ExposureRow[], untrusted: boolean): Exposure[] {
  return POSITIONS.flatMap((position) => {
    const mine = rows.filter((r) => r.positions.includes(position));
    if (mine.length === 0) return [];
    return [{ position, gains: mine.map((r) => r.gains).join('; '), present: positionPresent(position, untrusted), rows: mine.map((r) => r.id) }];
  });
}

/** The §10 rows that apply to a path in a state, under a pool's facts. */
export function exposureRowsFor(id: PathId, state: PathState, facts: Facts): ExposureRow[] {
  return EXPOSURE_ROWS.filter((r) => r.paths.includes(id) && applies(r, state, facts));
}

/** Who can exploit a path in a state, under a pool's facts, and what each gains. */
export function pathExposures(id: PathId, state: PathState, facts: Facts): Exposure[] {
  return toExposures(exposureRowsFor(id, state, facts), facts.config.network.untrusted);
}

/** Who can exploit what a finding reports (rows that stand for it), under a pool's facts. */
export function findingExposures(id: FindingId, facts: Facts): Exposure[] {
  const rows = EXPOSURE_ROWS.filter((r) => r.findings.includes(id) && r.when.every((c) => holds(facts, c)));
  return toExposures(rows, facts.config.network.untrusted);
}
