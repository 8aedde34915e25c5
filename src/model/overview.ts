import { instancesOf, type PathInstanceRef } from './instances';
import { memoByConfig } from './memo';
import { PATH_SPECS, type Endpoint } from './paths';
import { poolViews } from './pools';
import { computeFacts, pathReasons, pathState, type Facts } from './rules';
import { isSafe, type Config, type Direction, type PathId, type PathState, type PoolView } from './types';

/** One path instance's state and reasons, without fixes (those need the change-set search). */
export interface PathOverview {
  readonly id: PathId;
  readonly from: Endpoint;
  readonly to: Endpoint;
  readonly direction: Direction;
  /** The pool, for every path that touches a node (all but apiserver → konnectivity-server). */
  readonly pool?: string;
  /** The pool's node count. */
  readonly nodes?: number;
  /** The pool's index in the scenario. */
  readonly poolIndex?: number;
  readonly state: PathState;
  readonly safe: boolean;
  readonly reasons: readonly string[];
}

/** Every path instance's state and reasons: what the header summary and the path table show. */
export interface Overview {
  readonly config: Config;
  readonly paths: readonly PathOverview[];
}

/** The state and reasons of one path kind in one pool's view. */
export function viewOverview(id: PathId, view: PoolView, facts: Facts = computeFacts(view)): PathOverview {
  const spec = PATH_SPECS[id];
  const state = pathState(id, facts);
  return {
    id,
    from: spec.from,
    to: spec.to,
    direction: spec.direction,
    state,
    safe: isSafe(state),
    reasons: pathReasons(id, view, facts),
  };
}

/** The state and reasons of one path instance, named by its pool. */
export function pathOverview(config: Config, ref: PathInstanceRef, facts?: Facts): PathOverview {
  const i = ref.pool ?? 0;
  const view = poolViews(config)[i]!;
  const o = viewOverview(ref.id, view, facts ?? computeFacts(view));
  if (ref.pool === undefined) return o;
  const pool = config.pools[i]!;
  return { ...o, pool: pool.name, nodes: pool.nodes, poolIndex: i };
}

/**
 * The overview of a scenario, memoised by scenario identity. It needs no fix search (which costs
 * milliseconds per path) nor the modules behind it, so the page's first load stays small.
 */
export const overviewOf = memoByConfig((config): Overview => {
  const facts = poolViews(config).map((v) => computeFacts(v));
  return { config, paths: instancesOf(config).map((ref) => pathOverview(config, ref, facts[ref.pool ?? 0])) };
});
