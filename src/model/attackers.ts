/**
 * Attacker positions (DOMAIN.md §10): who could use a path's weakness. Stable ids, public
 * contract like path ids and states.
 */
export const POSITIONS = ['link', 'node-network', 'pod', 'node', 'anyone'] as const;
export type Position = (typeof POSITIONS)[number];

/** One position: who it is, how the page names it, and when it is present. */
export interface PositionSpec {
  readonly id: Position;
  /** The picker's words: "on the link". */
  readonly label: string;
  /** As the subject of a sentence: "someone on the link". */
  readonly subject: string;
  /** Who that is. */
  readonly who: string;
  /** Present only when the control-plane ↔ node network is untrusted (`link`); always otherwise. */
  readonly needsUntrustedNetwork: boolean;
  /** A glyph the page draws in the position's badge (plain text, no emoji font needed). */
  readonly glyph: string;
}

/** The position catalogue, in picker order. */
export const POSITION_SPECS: Readonly<Record<Position, PositionSpec>> = {
  link: {
    id: 'link',
    label: 'on the link',
    subject: 'someone on the link',
    who: 'on-path on the control-plane ↔ node network: the man in the middle between the apiserver and the nodes',
    needsUntrustedNetwork: true,
    glyph: '⇄',
  },
  'node-network': {
    id: 'node-network',
    label: 'in the node network',
    subject: 'someone in the node network',
    who: 'on-path inside the node or pod network: ARP spoofing or rogue IPv6 router advertisements from a pod with NET_RAW (CVE-2020-10749), a Service externalIPs hijack (CVE-2020-8554)',
    needsUntrustedNetwork: false,
    glyph: '⌗',
  },
  pod: {
    id: 'pod',
    label: 'a compromised pod',
    subject: 'a compromised pod',
    who: "a compromised pod: its service-account token, and it reaches every node's ports",
    needsUntrustedNetwork: false,
    glyph: '◆',
  },
  node: {
    id: 'node',
    label: 'a compromised node',
    subject: 'a compromised node',
    who: "a compromised node: its kubelet's credentials, and any Konnectivity agent on it",
    needsUntrustedNetwork: false,
    glyph: '▣',
  },
  anyone: {
    id: 'anyone',
    label: 'anyone who reaches a node',
    subject: 'anyone who reaches a node',
    who: "anyone who can reach a node's or the control plane's ports from outside the cluster (this assumes the ports are reachable)",
    needsUntrustedNetwork: false,
    glyph: '✱',
  },
};

/** True when `s` is a position id. */
export function isPosition(s: string): s is Position {
  return (POSITIONS as readonly string[]).includes(s);
}

/** Whether a position is there now: `link` only on an untrusted network. */
export function positionPresent(position: Position, untrusted: boolean): boolean {
  return !POSITION_SPECS[position].needsUntrustedNetwork || untrusted;
}
