import { PATH_SPECS, type Endpoint } from './paths';
import { computeFacts, pathReasons, pathState, type Facts } from './rules';
import { isSafe, PATH_IDS, type Config, type Direction, type PathId, type PathState } from './types';

/** One path kind's state and reasons, without fixes (those need the change-set search). */
export interface PathOverview {
  readonly id: PathId;
  readonly from: Endpoint;
  readonly to: Endpoint;
  readonly direction: Direction;
  readonly state: PathState;
  readonly safe: boolean;
  readonly reasons: readonly string[];
}

/** Every path kind's state and reasons: what the header summary and the path table show. */
export interface Overview {
  readonly config: Config;
  readonly paths: readonly PathOverview[];
}

/** The state and reasons of one path kind. */
export function pathOverview(id: PathId, config: Config, facts: Facts = computeFacts(config)): PathOverview {
  const spec = PATH_SPECS[id];
  const state = pathState(id, facts);
  return {
    id,
    from: spec.from,
    to: spec.to,
    direction: spec.direction,
    state,
    safe: isSafe(state),
    reasons: pathReasons(id, config, facts),
  };
}

const cache = new WeakMap<Config, Overview>();

/**
 * The overview of a config, memoised by config identity. It needs no fix search (which costs
 * milliseconds per path) nor the modules behind it, so the page's first load stays small.
 */
export function overviewOf(config: Config): Overview {
  let o = cache.get(config);
  if (!o) {
    const facts = computeFacts(config);
    o = { config, paths: PATH_IDS.map((id) => pathOverview(id, config, facts)) };
    cache.set(config, o);
  }
  return o;
}
