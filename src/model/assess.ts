import { findingsFor, type Finding } from './findings';
import { fixesFor, type Fix } from './fixes';
import { pathOverview, type PathOverview } from './overview';
import { sshRemoved } from './predicates';
import { computeFacts } from './rules';
import { PATH_IDS, type Config, type PathId } from './types';

/** A warning about the input or the configuration, with its source when known. */
export interface Warning {
  readonly message: string;
  readonly file?: string;
  readonly line?: number;
}

/** The assessment of one path kind: its overview and the fixes that would change it. */
export interface PathAssessment extends PathOverview {
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

/**
 * Assesses one path kind with reasons and fixes. `fixes` is computed on first read and kept: the
 * change-set search costs milliseconds per path, and most readers never need it; serialising reads
 * it, so JSON output is unchanged.
 */
export function assessPath(id: PathId, config: Config, facts = computeFacts(config)): PathAssessment {
  let fixes: readonly Fix[] | undefined;
  return {
    ...pathOverview(id, config, facts),
    get fixes() {
      return (fixes ??= fixesFor(id, config));
    },
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
