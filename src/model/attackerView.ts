import { POSITION_SPECS, POSITIONS, positionPresent, type Position } from './attackers';
import { EXPOSURE_ROWS } from './exposures';
import type { Finding } from './findings';
import type { PathAssessment } from './assess';
import { reportOf } from './reportOf';
import type { Config, PathId } from './types';

/** What one attacker position can do in a scenario. */
export interface PositionView {
  readonly position: Position;
  /** False for `link` on a trusted network: what it could do on an untrusted one. */
  readonly present: boolean;
  /** Path kinds it can exploit, in catalogue order. */
  readonly paths: readonly PathId[];
  /** Path instances (kind × pool) it can exploit, as `id` or `id@pool`. */
  readonly instances: readonly string[];
  /** Nodes in the pools where it can exploit something (every node for a cluster-wide gain). */
  readonly nodes: number;
  /** What it gains, a few words each, with the cause: "exec in every pod (kubelet serves anonymous callers)". */
  readonly gains: readonly string[];
  /** One sentence for the summary. */
  readonly summary: string;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** What a position can do, from a scenario's overview and findings. */
export function positionView(
  report: { readonly config: Config; readonly paths: readonly PathAssessment[]; readonly findings: readonly Finding[] },
  position: Position,
): PositionView {
  const { config } = report;
  const total = config.pools.reduce((n, p) => n + p.nodes, 0);
  const hits = report.paths.filter((p) => p.exposures.some((e) => e.position === position));
  const findings = report.findings.filter((f) => f.exposures?.some((e) => e.position === position));
  const rowIds = new Set([
    ...hits.flatMap((p) => p.exposures.filter((e) => e.position === position).flatMap((e) => e.rows)),
    ...findings.flatMap((f) => f.exposures!.filter((e) => e.position === position).flatMap((e) => e.rows)),
  ]);
  const rows = EXPOSURE_ROWS.filter((r) => rowIds.has(r.id));
  const paths = [...new Set(hits.map((p) => p.id))];
  // A cluster finding reaches every node. A kubelet finding names its pool, and its §10 row is also
  // on that pool's apiserver-kubelet path (kubelet-serves-anonymous), so the pool is among the hits.
  const clusterWide = findings.some((f) => f.pool === undefined) || hits.some((p) => p.poolIndex === undefined);
  // Read only when no hit is cluster-wide, so every hit has a pool then.
  const pools = () => new Set(hits.map((p) => p.poolIndex!));
  const nodes = clusterWide ? total : [...pools()].reduce((n, i) => n + config.pools[i]!.nodes, 0);
  const present = positionPresent(position, config.network.untrusted);
  const gains = rows.map((r) => `${r.gainShort} (${r.cause})`);
  const who = POSITION_SPECS[position].subject;
  const what = paths.length === 0 ? 'the cluster' : plural(paths.length, 'path');
  const summary =
    rows.length === 0
      ? `${who} can exploit nothing here.`
      : `${who} ${present ? 'can' : 'could, on an untrusted network,'} exploit ${what} on ${plural(nodes, 'node')}: ${gains.join(', ')}.`;
  const multi = config.pools.length > 1;
  return {
    position,
    present,
    paths,
    instances: hits.map((p) => (p.pool === undefined || !multi ? p.id : `${p.id}@${p.pool}`)),
    nodes,
    gains,
    summary: summary.charAt(0).toUpperCase() + summary.slice(1),
  };
}

/** What every position can do in a scenario. */
export function positionViews(config: Config): readonly PositionView[] {
  const report = reportOf(config);
  return POSITIONS.map((p) => positionView(report, p));
}

/**
 * What going from `before` to `after` (a plan, a comparison) takes away from each position:
 * "nothing left for a compromised pod; someone in the node network keeps 3 paths".
 */
export function positionChanges(before: Config, after: Config): string {
  const a = positionViews(before);
  const b = positionViews(after);
  return POSITIONS.map((p, i) => {
    const was = a[i]!;
    const now = b[i]!;
    const who = POSITION_SPECS[p].subject;
    if (now.gains.length === 0) return was.gains.length === 0 ? `still nothing for ${who}` : `nothing left for ${who}`;
    if (now.instances.length === was.instances.length) {
      const kept = `${who} keeps ${plural(now.paths.length, 'path')}`;
      return now.gains.join() === was.gains.join() ? kept : `${kept}, now to ${now.gains.join(', ')}`;
    }
    return `${who}: ${plural(was.paths.length, 'path')} → ${plural(now.paths.length, 'path')}`;
  }).join('; ');
}
