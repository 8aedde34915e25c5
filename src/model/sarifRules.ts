import type { ReportingDescriptor } from 'sarif';
import { exampleWhere } from './examples';
import { findingFixes } from './findingFixes';
import { FINDING_SPECS, type FindingId, type FindingSpec } from './findings';
import { fixesFor } from './fixes';
import { scenarioOfView } from './pools';
import { PATH_SPECS } from './paths';
import { RELATED_FINDINGS } from './related';
import { ruleWhen } from './ruleWording';
import { computeFacts, PATH_RULES, pathReasons, pathState } from './rules';
import { STATE_DEFINITIONS } from './stateDefinitions';
import { isSafe, PATH_IDS, type PathId, type PathState, type Severity } from './types';

/** SARIF result levels. */
export type SarifLevel = 'error' | 'warning' | 'note';

/** Level of a finding: critical and high fail a code-scanning check by default, medium warns. */
export const SEVERITY_LEVEL: Readonly<Record<Severity, SarifLevel>> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
};

/**
 * GitHub's `security-severity` score for each severity (it maps ≥ 9.0 to critical, 7.0–8.9 to
 * high, 4.0–6.9 to medium, 0.1–3.9 to low).
 */
export const SECURITY_SEVERITY: Readonly<Record<Severity, string>> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '3.0',
};

/**
 * The severity of an unsafe path state: an exposure lets someone on the network read or change
 * the traffic (as high as the findings that cause it, e.g. `apiserver-no-kubelet-ca`); broken is
 * an outage, not an exposure.
 */
export const STATE_SEVERITY: Readonly<Partial<Record<PathState, Severity>>> = {
  unverified: 'high',
  plaintext: 'high',
  broken: 'medium',
};

/** The SARIF rule id of a path kind in an unsafe state, e.g. `apiserver-kubelet/unverified`. */
export const pathRuleId = (id: PathId, state: PathState): string => `${id}/${state}`;

const pascal = (id: string): string =>
  id
    .split(/[^a-zA-Z0-9]+/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');

const cisTags = (cis: readonly string[]): string[] =>
  cis.map((c) => `external/cis-kubernetes/${c}`);

const bullets = (items: readonly string[]): string => items.map((i) => `- ${i}`).join('\n');

/** The unsafe states each path kind can reach, in rule order. */
export function unsafeStates(id: PathId): PathState[] {
  const out: PathState[] = [];
  for (const r of PATH_RULES[id].rules) {
    if (!isSafe(r.state) && r.state !== 'disabled' && !out.includes(r.state)) out.push(r.state);
  }
  return out;
}

/** CIS ids of the findings that decide a path kind's state. */
export function pathCis(id: PathId): string[] {
  const ids = RELATED_FINDINGS[id].flatMap((f) => FINDING_SPECS.find((s) => s.id === f)?.cis ?? []);
  return [...new Set(ids)];
}

function pathRule(id: PathId, state: PathState): ReportingDescriptor {
  const spec = PATH_SPECS[id];
  const lines = PATH_RULES[id].rules
    .map((r, i) => ({ r, n: i + 1 }))
    .filter(({ r }) => r.state === state)
    .map(({ r, n }) => `rule line ${n} (${ruleWhen(r)})`);
  const example = exampleWhere((c) => pathState(id, computeFacts(c)) === state, `${id} ${state}`);
  const reasons = pathReasons(id, example.config);
  const fixes = fixesFor(scenarioOfView(example.config), { id, pool: 0 }).map((f) => f.summary);
  const cis = pathCis(id);
  const severity = STATE_SEVERITY[state]!;
  const short = `${spec.label} is ${state}`;
  const full = `${spec.label} (${spec.travels}) is ${state}: ${STATE_DEFINITIONS[state]}.`;
  const text = [
    full,
    `It is ${state} by ${lines.join(' or ')}; docs/rules.md words every condition.`,
    `Example (${example.label}): ${reasons.join('; ')}.`,
    fixes.length > 0
      ? `Fixes there: ${fixes.join(' | ')}.`
      : 'No change of up to three keys fixes it there.',
    cis.length > 0 ? `CIS Kubernetes Benchmark: ${cis.join(', ')}.` : '',
  ].filter(Boolean);
  const markdown = [
    `**${spec.label}** (\`${id}\`, ${spec.travels}) is **${state}**: ${STATE_DEFINITIONS[state]}.`,
    '',
    `It is \`${state}\` by ${lines.join(' or ')}; docs/rules.md words every condition.`,
    '',
    `Example, preset or scenario \`${example.label}\`:`,
    '',
    bullets(reasons),
    '',
    fixes.length > 0 ? `How to fix it there:\n\n${bullets(fixes.map((f) => `\`${f}\``))}` : '',
    cis.length > 0 ? `\nCIS Kubernetes Benchmark: ${cis.join(', ')}.` : '',
  ];
  return {
    id: pathRuleId(id, state),
    name: pascal(`${id}-${state}`),
    shortDescription: { text: short },
    fullDescription: { text: full },
    help: { text: text.join('\n'), markdown: markdown.join('\n').trim() },
    defaultConfiguration: { level: SEVERITY_LEVEL[severity] },
    properties: {
      tags: [state === 'broken' ? 'reliability' : 'security', 'kubernetes', ...cisTags(cis)],
      precision: 'very-high',
      ...(state === 'broken'
        ? { 'problem.severity': 'warning' }
        : { 'security-severity': SECURITY_SEVERITY[severity] }),
      cis,
    },
  };
}

function findingRule(f: FindingSpec): ReportingDescriptor {
  const example = exampleWhere(f.when, `finding ${f.id}`);
  const message = f.message(example.config);
  const fixes = findingFixes(f.id, example.config);
  const cis = f.cis.length > 0 ? `CIS Kubernetes Benchmark: ${f.cis.join(', ')}.` : '';
  const fixText = fixes.map((x) =>
    x.sideEffects.length > 0 ? `${x.summary} (${x.sideEffects.join('; ')})` : x.summary,
  );
  return {
    id: f.id,
    name: pascal(f.id),
    shortDescription: { text: `${f.component}: ${message}` },
    fullDescription: { text: `${f.component} (${f.severity}): ${message}.${cis ? ` ${cis}` : ''}` },
    help: {
      text: [
        `${f.component} (${f.severity}): ${message}.`,
        fixText.length > 0 ? `Fixes (${example.label}): ${fixText.join(' | ')}.` : '',
        cis,
      ]
        .filter(Boolean)
        .join('\n'),
      markdown: [
        `**${f.component}**, severity **${f.severity}**: ${message}.`,
        '',
        fixText.length > 0 ? `How to fix it (in \`${example.label}\`):\n\n${bullets(fixText)}` : '',
        cis ? `\n${cis}` : '',
      ]
        .join('\n')
        .trim(),
    },
    defaultConfiguration: { level: SEVERITY_LEVEL[f.severity] },
    properties: {
      tags: ['security', 'kubernetes', ...cisTags(f.cis)],
      precision: 'very-high',
      'security-severity': SECURITY_SEVERITY[f.severity],
      cis: f.cis,
    },
  };
}

let catalogue: readonly ReportingDescriptor[] | undefined;

/**
 * Every SARIF rule kube-paths can report, in a fixed order (paths in catalogue order, each
 * unsafe state in rule order, then findings), so `ruleIndex` and the rules list are the same in
 * every run.
 */
export function sarifRules(): readonly ReportingDescriptor[] {
  catalogue ??= [
    ...PATH_IDS.flatMap((id) => unsafeStates(id).map((s) => pathRule(id, s))),
    ...FINDING_SPECS.map(findingRule),
  ];
  return catalogue;
}

/** The index of a rule in sarifRules(); an unknown id is a bug. */
export function sarifRuleIndex(ruleId: string | FindingId): number {
  const i = sarifRules().findIndex((r) => r.id === ruleId);
  if (i < 0) throw new Error(`no SARIF rule ${JSON.stringify(ruleId)}`);
  return i;
}
