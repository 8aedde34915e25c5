import type { PathAssessment, Report } from './assess';
import { formatTarget, formatValue } from './config';
import { POSITION_SPECS } from './attackers';
import type { Exposure } from './exposures';
import type { Finding } from './findings';
import type { Fix } from './fixes';
import { poolPhrase } from './instances';
import { PATH_SPECS } from './paths';
import type { Overview, PathOverview } from './overview';
import { isExposed, isSafe, type Config, type PathState } from './types';

/** Glyphs that carry the state besides colour (the UI and the terminal use the same ones). */
export const STATE_GLYPHS: Readonly<Record<PathState, string>> = {
  secure: '🔒',
  tunneled: '⛓',
  unverified: '⚠',
  plaintext: '🔓',
  broken: '✖',
  disabled: '–',
};

/** Per-state counts, in state order. */
export function countStates(report: Overview): Record<PathState, number> {
  const counts: Record<PathState, number> = {
    secure: 0,
    tunneled: 0,
    unverified: 0,
    plaintext: 0,
    broken: 0,
    disabled: 0,
  };
  for (const p of report.paths) counts[p.state]++;
  return counts;
}

/** Nodes in pools with at least one exposed (unverified or plaintext) path instance. */
export function nodesAtRisk(report: Overview): number {
  const pools = new Set(report.paths.filter((p) => p.poolIndex !== undefined && isExposed(p.state)).map((p) => p.poolIndex!));
  return [...pools].reduce((n, i) => n + report.config.pools[i]!.nodes, 0);
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * One-line summary: how many control-plane→node path instances (path kind × pool) are safe over an
 * untrusted network, and how many nodes have an exposed path.
 */
export function summaryLine(report: Overview): string {
  const c2n = report.paths.filter(
    (p) => p.direction === 'control-plane-to-node' && p.state !== 'disabled',
  );
  const safe = c2n.filter((p) => isSafe(p.state)).length;
  const broken = c2n.filter((p) => p.state === 'broken').length;
  const untrusted = report.config.network.untrusted;
  const risk = untrusted ? 'at risk now' : 'would be at risk on an untrusted network';
  const unsafe = c2n.length - safe - broken;
  const total = report.config.pools.reduce((n, p) => n + p.nodes, 0);
  const nodes = `${nodesAtRisk(report)} of ${plural(total, 'node')} ${untrusted ? 'at risk' : 'exposed'}`;
  return `${safe} of ${c2n.length} control-plane→node paths are safe over an untrusted network; ${unsafe} ${risk}${broken ? `; ${broken} broken` : ''}; ${nodes}.`;
}

/** The scenario as the JSON contract writes it: `pools`, and `kubelet` too when there is one pool. */
export function configJson(config: Config): Record<string, unknown> {
  const { version, network, apiserver, konnectivity, pods, pools } = config;
  return {
    version,
    network,
    apiserver,
    ...(pools.length === 1 ? { kubelet: pools[0]!.kubelet } : {}),
    konnectivity,
    pods,
    pools,
  };
}

/** A path entry of the JSON contract: `pool` and `nodes` on every path that touches a node. */
function pathJson(p: PathAssessment) {
  return {
    id: p.id,
    ...(p.pool === undefined ? {} : { pool: p.pool, nodes: p.nodes }),
    from: p.from,
    to: p.to,
    direction: p.direction,
    state: p.state,
    safe: p.safe,
    reasons: p.reasons,
    fixes: p.fixes.map(fixJson),
    exposures: p.exposures.map(exposureJson),
  };
}

/** An exposure of the JSON contract: the position, what it gains, and whether it is there now. */
const exposureJson = (e: Exposure) => ({ position: e.position, gains: e.gains, present: e.present });

function findingJson(f: Finding) {
  const { exposures, ...rest } = f;
  return { ...rest, ...(exposures ? { exposures: exposures.map(exposureJson) } : {}) };
}

/** The JSON contract of the CLI (stable field names). */
export function toJson(report: Report, extras: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    config: configJson(report.config),
    paths: report.paths.map(pathJson),
    findings: report.findings.map(findingJson),
    warnings: report.warnings,
    ...extras,
  };
}

function fixJson(f: Fix) {
  return {
    changes: f.changes.map((c) => ({ key: formatTarget(c), ...(c.pool === undefined ? {} : { pool: c.pool }), value: c.value, flag: c.flag })),
    state: f.state,
    sideEffects: f.sideEffects,
    ...(f.pools ? { pools: f.pools } : {}),
    summary: f.summary,
  };
}

/** Text made safe for one Markdown table cell or list item: no `|` column breaks, no newlines. */
export const mdEscape = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/**
 * Path entries grouped the way a reader looks at a cluster: the control plane's own path first,
 * then each pool's. A one-pool scenario is one group without a heading.
 */
export function byPool<T extends PathOverview>(config: Config, paths: readonly T[]): { heading: string; paths: T[] }[] {
  if (config.pools.length === 1) return [{ heading: '', paths: [...paths] }];
  const groups = [{ heading: 'Control plane', paths: paths.filter((p) => p.poolIndex === undefined) }];
  config.pools.forEach((_, i) => {
    groups.push({ heading: poolPhrase(config, i).replace(/^pool/, 'Pool'), paths: paths.filter((p) => p.poolIndex === i) });
  });
  return groups.filter((g) => g.paths.length > 0);
}

const findingWhere = (f: Finding): string => (f.pool === undefined ? f.component : `${f.component} (pool ${f.pool})`);

/** A Markdown report: paths × state × reasons × fixes (by pool), findings, warnings, then extra sections (plan, diff). */
export function toMarkdown(report: Report, title = 'kube-paths report', sections: readonly string[] = []): string {
  const lines: string[] = [`# ${title}`, '', summaryLine(report), '', '## Paths', ''];
  for (const group of byPool(report.config, report.paths)) {
    if (group.heading) lines.push(`### ${group.heading}`, '');
    lines.push('| path | state | safe | reasons | fixes |', '|---|---|---|---|---|');
    for (const p of group.paths) {
      const fixes = p.fixes.map((f) => f.summary).join('<br>') || '—';
      lines.push(
        `| \`${p.id}\` (${mdEscape(PATH_SPECS[p.id].label)}) | ${STATE_GLYPHS[p.state]} ${p.state} | ${p.safe ? 'yes' : 'no'} | ${mdEscape(p.reasons.join('; ')) || '—'} | ${mdEscape(fixes)} |`,
      );
    }
    lines.push('');
  }
  lines.push(...exposureMarkdown(report), '## Findings', '');
  if (report.findings.length === 0) lines.push('None.');
  else {
    lines.push('| finding | component | severity | CIS | message |', '|---|---|---|---|---|');
    for (const f of report.findings) {
      lines.push(
        `| \`${f.id}\` | ${findingWhere(f)} | ${f.severity} | ${f.cis.join(', ') || '—'} | ${mdEscape(f.message)} |`,
      );
    }
  }
  lines.push('', '## Warnings', '');
  if (report.warnings.length === 0) lines.push('None.');
  for (const w of report.warnings) {
    const where = w.file ? ` (${w.file}${w.line ? `:${w.line}` : ''})` : '';
    lines.push(`- ${mdEscape(w.message)}${where}`);
  }
  for (const s of sections) lines.push('', s.trimEnd());
  lines.push('', '## Configuration', '', '```json', JSON.stringify(configJson(report.config), null, 2), '```', '');
  return lines.join('\n');
}

/** "someone on the link (would be, on an untrusted network)". */
const whoText = (e: Exposure): string =>
  `${POSITION_SPECS[e.position].subject}${e.present ? '' : ' (would be, on an untrusted network)'}`;

/** The instance label reports use: `id` alone with one pool, `id@pool` with several. */
const labelOf = (config: Config, p: PathOverview): string =>
  p.pool === undefined || config.pools.length === 1 ? p.id : `${p.id}@${p.pool}`;

/** Every exposure of the report, one line each: who, on which path, what they gain. */
export function exposureLines(report: Report): string[] {
  const out: string[] = [];
  for (const p of report.paths) {
    for (const e of p.exposures) out.push(`${labelOf(report.config, p)}: ${whoText(e)}: ${e.gains}`);
  }
  for (const f of report.findings) {
    for (const e of f.exposures ?? []) out.push(`finding ${f.id}${f.pool ? ` (pool ${f.pool})` : ''}: ${whoText(e)}: ${e.gains}`);
  }
  return out;
}

function exposureMarkdown(report: Report): string[] {
  const lines = exposureLines(report);
  return ['## Who can exploit this', '', ...(lines.length ? lines.map((l) => `- ${mdEscape(l)}`) : ['Nobody: no path or finding is exposed to any attacker position.']), ''];
}

const ANSI: Readonly<Record<PathState, string>> = {
  secure: '\x1b[32m',
  tunneled: '\x1b[36m',
  unverified: '\x1b[33m',
  plaintext: '\x1b[31m',
  broken: '\x1b[35m',
  disabled: '\x1b[90m',
};

/** A terminal table; `color` adds ANSI colours (only when stdout is a TTY). */
export function toTable(report: Report, color = false): string {
  const paint = (s: PathState, text: string) => (color ? `${ANSI[s]}${text}\x1b[0m` : text);
  const w = Math.max(...report.paths.map((p) => p.id.length));
  const out: string[] = [summaryLine(report)];
  for (const group of byPool(report.config, report.paths)) {
    out.push('');
    if (group.heading) out.push(group.heading.toUpperCase());
    out.push(`${'PATH'.padEnd(w)}  ${'STATE'.padEnd(12)}  SAFE  REASON`);
    for (const p of group.paths) {
      const state = `${STATE_GLYPHS[p.state]} ${p.state}`.padEnd(12);
      out.push(`${p.id.padEnd(w)}  ${paint(p.state, state)}  ${p.safe ? 'yes ' : 'no  '}  ${p.reasons[0] ?? ''}`);
      for (const f of p.fixes.slice(0, 2)) out.push(`${''.padEnd(w)}  ${''.padEnd(12)}        fix: ${f.summary}`);
    }
  }
  const exposed = exposureLines(report);
  if (exposed.length) {
    out.push('', 'WHO CAN EXPLOIT THIS');
    for (const l of exposed) out.push(`  ${l}`);
  }
  if (report.findings.length) {
    out.push('', 'FINDINGS');
    for (const f of report.findings) {
      const where = f.pool === undefined ? '' : `(pool ${f.pool}) `;
      out.push(`  ${f.severity.toUpperCase().padEnd(8)} ${f.id} ${where}[CIS ${f.cis.join(', ') || '—'}] ${f.message}`);
    }
  }
  if (report.warnings.length) {
    out.push('', 'WARNINGS');
    for (const wr of report.warnings) {
      out.push(`  ${wr.file ? `${wr.file}${wr.line ? `:${wr.line}` : ''}: ` : ''}${wr.message}`);
    }
  }
  return out.join('\n') + '\n';
}

/** Formats a config key/value pair as `key=value`. */
export const kv = (key: string, value: Parameters<typeof formatValue>[0]): string =>
  `${key}=${formatValue(value)}`;
