import { pathExposures, type Exposure } from './exposures';
import { findingsFor, type Finding } from './findings';
import { fixesFor, type Fix } from './fixes';
import { instancesOf, type PathInstanceRef } from './instances';
import { pathOverview, type PathOverview } from './overview';
import { poolViews } from './pools';
import { apiserverAnonymousReset, sshRemoved } from './predicates';
import { computeFacts, type Facts } from './rules';
import type { Config } from './types';

/** A warning about the input or the configuration, with its source when known. */
export interface Warning {
  readonly message: string;
  readonly file?: string;
  readonly line?: number;
}

/** The assessment of one path instance: its overview, the fixes that would change it, who can exploit it. */
export interface PathAssessment extends PathOverview {
  readonly fixes: readonly Fix[];
  /** Who can exploit this path instance, and what they gain (DOMAIN.md §10); empty when nobody. */
  readonly exposures: readonly Exposure[];
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
  const out: Warning[] = [];
  if (sshRemoved(c)) {
    out.push({
      message: `kube-apiserver v${c.version} exits at startup: "unknown flag: --ssh-user" (--ssh-user/--ssh-keyfile were removed in v1.22)`,
    });
  }
  if (apiserverAnonymousReset(c)) {
    out.push({
      message:
        'kube-apiserver resets --anonymous-auth to false because --authorization-mode includes AlwaysAllow ("AnonymousAuth is not allowed with the AlwaysAllow authorizer. Resetting AnonymousAuth to false"): unauthenticated requests get 401 Unauthorized, and every authenticated one is allowed',
    });
  }
  return out;
}

/**
 * Assesses one path instance with reasons and fixes. `fixes` is computed on first read and kept:
 * the change-set search costs milliseconds per path, and most readers never need it; serialising
 * reads it, so JSON output is unchanged.
 */
export function assessPath(config: Config, ref: PathInstanceRef, facts?: Facts): PathAssessment {
  let fixes: readonly Fix[] | undefined;
  const f = facts ?? computeFacts(poolViews(config)[ref.pool ?? 0]!);
  const overview = pathOverview(config, ref, f);
  return {
    ...overview,
    exposures: pathExposures(ref.id, overview.state, f),
    get fixes() {
      return (fixes ??= fixesFor(config, ref));
    },
  };
}

/** Assesses a whole scenario: every path instance, every finding, the warnings. */
export function assess(config: Config): Report {
  const facts = poolViews(config).map((v) => computeFacts(v));
  return {
    config,
    paths: instancesOf(config).map((ref) => assessPath(config, ref, facts[ref.pool ?? 0])),
    findings: findingsFor(config),
    warnings: configWarnings(config),
  };
}
