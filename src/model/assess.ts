import { findingsFor, type Finding } from './findings';
import { fixesFor, type Fix } from './fixes';
import { PATH_SPECS, type Endpoint } from './paths';
import { sshRemoved } from './predicates';
import { computeFacts, pathReasons, pathState } from './rules';
import { isSafe, PATH_IDS, type Config, type Direction, type PathId, type PathState } from './types';

/** A warning about the input or the configuration, with its source when known. */
export interface Warning {
  readonly message: string;
  readonly file?: string;
  readonly line?: number;
}

/** The assessment of one path kind. */
export interface PathAssessment {
  readonly id: PathId;
  readonly from: Endpoint;
  readonly to: Endpoint;
  readonly direction: Direction;
  readonly state: PathState;
  readonly safe: boolean;
  readonly reasons: readonly string[];
  readonly fixes: readonly Fix[];
}

/** The full report (the CLI's JSON contract, less provenance and extras added by callers). */
export interface Report {
  readonly config: Config;
  readonly paths: readonly PathAssessment[];
  readonly findings: readonly Finding[];
  readonly warnings: readonly Warning[];
}

/** Warnings the configuration itself implies. */
export function configWarnings(c: Config): Warning[] {
  return sshRemoved(c)
    ? [
        {
          message: `kube-apiserver v${c.version} exits at startup: "unknown flag: --ssh-user" (--ssh-user/--ssh-keyfile were removed in v1.22)`,
        },
      ]
    : [];
}

/** Assesses one path kind with reasons and fixes. */
export function assessPath(id: PathId, config: Config, facts = computeFacts(config)): PathAssessment {
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
    fixes: fixesFor(id, config),
  };
}

/** Assesses a whole configuration: every path, every finding, the warnings. */
export function assess(config: Config): Report {
  const facts = computeFacts(config);
  return {
    config,
    paths: PATH_IDS.map((id) => assessPath(id, config, facts)),
    findings: findingsFor(config),
    warnings: configWarnings(config),
  };
}
