import type { Artifact, Log, Notification, Result } from 'sarif';
import type { Warning } from './assess';
import { findingFixes } from './findingFixes';
import type { FindingId } from './findings';
import { POSITION_SPECS, type Position } from './attackers';
import { PATH_SPECS } from './paths';
import { poolViews } from './pools';
import { relatedFindings } from './related';
import { locate, type SourceFiles } from './sarifLocations';
import {
  pathRuleId,
  SEVERITY_LEVEL,
  STATE_SEVERITY,
  sarifRuleIndex,
  sarifRules,
  type SarifLevel,
} from './sarifRules';
import { isExposed, type Config, type PathId, type PathState, type Severity } from './types';

/** The SARIF 2.1.0 schema (OASIS Standard, errata 01) that the output follows. */
export const SARIF_SCHEMA =
  'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/** A fix as reports carry it: the changes (key, value, real flag), and its one-line summary. */
interface FixLike {
  readonly changes: readonly { readonly key: string }[];
  readonly summary: string;
  readonly sideEffects: readonly string[];
}

/** One `paths[]` entry of a report; `pool`/`nodes` are set when the path touches one pool's nodes. */
export interface SarifPathEntry {
  readonly id: PathId;
  readonly state: PathState;
  readonly safe: boolean;
  readonly reasons: readonly string[];
  readonly fixes: readonly FixLike[];
  readonly pool?: string;
  readonly nodes?: number;
  /** Who can exploit it (DOMAIN.md §10); absent in reports from before attacker positions. */
  readonly exposures?: readonly ExposureLike[];
}

/** An exposure as reports carry it. */
export interface ExposureLike {
  readonly position: Position;
  readonly gains: string;
  readonly present: boolean;
}

/** "Who can exploit it: a compromised pod (exec in every pod …); …" for a result's message. */
function exposureSentence(exposures: readonly ExposureLike[] | undefined): string {
  if (!exposures || exposures.length === 0) return '';
  const parts = exposures.map(
    (e) => `${POSITION_SPECS[e.position].subject}${e.present ? '' : ' (on an untrusted network)'}: ${e.gains}`,
  );
  return ` Who can exploit it: ${parts.join('; ')}.`;
}

/** One `findings[]` entry of a report; kubelet findings carry their pool. */
export interface SarifFindingEntry {
  readonly id: FindingId;
  readonly component: string;
  readonly severity: Severity;
  readonly cis: readonly string[];
  readonly message: string;
  readonly pool?: string;
  readonly nodes?: number;
  readonly exposures?: readonly ExposureLike[];
}

/** What toSarif reads: a report (the CLI's JSON contract, with or without node pools). */
export interface SarifReport {
  readonly config: Config;
  readonly paths: readonly SarifPathEntry[];
  readonly findings: readonly SarifFindingEntry[];
  readonly warnings: readonly Warning[];
}

/** Options: the tool's identity and, for imported files, where each value came from. */
export interface SarifOptions {
  readonly toolVersion: string;
  readonly informationUri?: string;
  /** Present when the report came from files: results then point at the lines that caused them. */
  readonly sources?: SourceFiles;
}

const NO_SOURCES: SourceFiles = { provenance: {}, files: [], uriOf: () => undefined };

const onPool = (pool: string | undefined, nodes: number | undefined): string =>
  pool === undefined
    ? ''
    : ` on pool ${pool}${nodes === undefined ? '' : ` (${nodes} node${nodes === 1 ? '' : 's'})`}`;

const sentence = (s: string): string => (/[.!?]$/.test(s) ? s : `${s}.`);

const fixSentence = (fixes: readonly FixLike[]): string => {
  const first = fixes[0];
  if (!first) return '';
  const more = fixes.length > 1 ? ` (${fixes.length - 1} more in properties.fixes)` : '';
  const effects =
    first.sideEffects.length > 0 ? ` Side effects: ${first.sideEffects.join('; ')}.` : '';
  return ` Fix: ${first.summary}${more}.${effects}`;
};

const assumedSentence = (keys: readonly string[], sources: SourceFiles): string =>
  keys.length === 0 || sources.files.length === 0
    ? ''
    : ` Not read from the analysed files: ${keys.join(', ')} (assumed or set on the command line).`;

const uniqueKeys = (fixes: readonly FixLike[]): string[] => [
  ...new Set(fixes.flatMap((f) => f.changes.map((c) => c.key))),
];

function pathResult(p: SarifPathEntry, config: Config, sources: SourceFiles): Result {
  const ruleId = pathRuleId(p.id, p.state);
  const exposed = isExposed(p.state);
  const level: SarifLevel =
    exposed && config.network.untrusted ? SEVERITY_LEVEL[STATE_SEVERITY[p.state]!] : 'warning';
  const risk = exposed
    ? config.network.untrusted
      ? ' It is at risk now: the control-plane ↔ node network is untrusted.'
      : ' It would be at risk on an untrusted network.'
    : '';
  const where = locate(sources, uniqueKeys(p.fixes), p.pool);
  const pool = p.pool === undefined ? -1 : config.pools.findIndex((x) => x.name === p.pool);
  const ref = pool < 0 ? { id: p.id } : { id: p.id, pool };
  const cis = [...new Set(relatedFindings(config, ref).flatMap((f) => f.cis))];
  return {
    ruleId,
    ruleIndex: sarifRuleIndex(ruleId),
    level,
    kind: 'fail',
    message: {
      text:
        `${PATH_SPECS[p.id].label} (${p.id}) is ${p.state}${onPool(p.pool, p.nodes)}: ${sentence(p.reasons.join('; '))}` +
        risk +
        exposureSentence(p.exposures) +
        fixSentence(p.fixes) +
        assumedSentence(where.unread, sources),
    },
    locations: where.locations,
    ...(where.relatedLocations.length > 0 ? { relatedLocations: where.relatedLocations } : {}),
    partialFingerprints: { 'kubePathsResult/v1': `${ruleId}#${p.pool ?? ''}` },
    properties: {
      path: p.id,
      state: p.state,
      safe: p.safe,
      ...(p.pool !== undefined ? { pool: p.pool } : {}),
      ...(p.nodes !== undefined ? { nodes: p.nodes } : {}),
      reasons: p.reasons,
      fixes: p.fixes.map((f) => f.summary),
      cis,
      positions: (p.exposures ?? []).map((e) => e.position),
    },
  };
}

function findingResult(f: SarifFindingEntry, config: Config, sources: SourceFiles): Result {
  const pool = f.pool === undefined ? 0 : Math.max(0, config.pools.findIndex((x) => x.name === f.pool));
  const fixes = findingFixes(f.id, poolViews(config)[pool]!);
  const where = locate(sources, uniqueKeys(fixes), f.pool);
  const cis = f.cis.length > 0 ? ` [CIS ${f.cis.join(', ')}]` : '';
  return {
    ruleId: f.id,
    ruleIndex: sarifRuleIndex(f.id),
    level: SEVERITY_LEVEL[f.severity],
    kind: 'fail',
    message: {
      text:
        `${f.component}${onPool(f.pool, f.nodes)}: ${sentence(f.message)}${cis}` +
        exposureSentence(f.exposures) +
        fixSentence(fixes) +
        assumedSentence(where.unread, sources),
    },
    locations: where.locations,
    ...(where.relatedLocations.length > 0 ? { relatedLocations: where.relatedLocations } : {}),
    partialFingerprints: { 'kubePathsResult/v1': `${f.id}#${f.pool ?? ''}` },
    properties: {
      finding: f.id,
      component: f.component,
      severity: f.severity,
      ...(f.pool !== undefined ? { pool: f.pool } : {}),
      ...(f.nodes !== undefined ? { nodes: f.nodes } : {}),
      cis: f.cis,
      fixes: fixes.map((x) => x.summary),
      positions: (f.exposures ?? []).map((e) => e.position),
    },
  };
}

function notification(w: Warning, sources: SourceFiles): Notification {
  const uri = w.file !== undefined ? sources.uriOf(w.file) : undefined;
  return {
    level: 'warning',
    message: { text: w.message },
    ...(uri !== undefined
      ? {
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri },
                ...(w.line !== undefined ? { region: { startLine: w.line } } : {}),
              },
            },
          ],
        }
      : {}),
  };
}

/**
 * The report as a SARIF 2.1.0 log for code scanning: every rule kube-paths knows, and one result
 * per unsafe path entry and per finding (per pool when the entry names one), each pointing at the
 * file line that caused it when the values came from files. Warnings become tool notifications.
 */
export function toSarif(report: SarifReport, options: SarifOptions): Log {
  const sources = options.sources ?? NO_SOURCES;
  const results: Result[] = [
    ...report.paths
      .filter((p) => !p.safe && p.state !== 'disabled')
      .map((p) => pathResult(p, report.config, sources)),
    ...report.findings.map((f) => findingResult(f, report.config, sources)),
  ];
  const artifacts: Artifact[] = sources.files.flatMap((f) => {
    const uri = sources.uriOf(f);
    return uri === undefined ? [] : [{ location: { uri }, roles: ['analysisTarget'] }];
  });
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'kube-paths',
            version: options.toolVersion,
            semanticVersion: options.toolVersion,
            ...(options.informationUri ? { informationUri: options.informationUri } : {}),
            rules: [...sarifRules()],
          },
        },
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: report.warnings.map((w) => notification(w, sources)),
          },
        ],
        ...(artifacts.length > 0 ? { artifacts } : {}),
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}
