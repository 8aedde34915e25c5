import type { Report } from './assess';
import { formatValue } from './config';
import type { Fix } from './fixes';
import { PATH_SPECS } from './paths';
import type { Overview } from './overview';
import { isSafe, type PathState } from './types';

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

/** One-line summary: how many control-plane→node paths are safe over an untrusted network. */
export function summaryLine(report: Overview): string {
  const c2n = report.paths.filter(
    (p) => p.direction === 'control-plane-to-node' && p.state !== 'disabled',
  );
  const safe = c2n.filter((p) => isSafe(p.state)).length;
  const broken = c2n.filter((p) => p.state === 'broken').length;
  const risk = report.config.network.untrusted ? 'at risk now' : 'would be at risk on an untrusted network';
  const unsafe = c2n.length - safe - broken;
  return `${safe} of ${c2n.length} control-plane→node paths are safe over an untrusted network; ${unsafe} ${risk}${broken ? `; ${broken} broken` : ''}.`;
}

/** The JSON contract of the CLI (stable field names). */
export function toJson(report: Report, extras: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    config: report.config,
    paths: report.paths.map((p) => ({
      id: p.id,
      from: p.from,
      to: p.to,
      direction: p.direction,
      state: p.state,
      safe: p.safe,
      reasons: p.reasons,
      fixes: p.fixes.map(fixJson),
    })),
    findings: report.findings,
    warnings: report.warnings,
    ...extras,
  };
}

function fixJson(f: Fix) {
  return {
    changes: f.changes.map((c) => ({ key: c.key, value: c.value, flag: c.flag })),
    state: f.state,
    sideEffects: f.sideEffects,
    summary: f.summary,
  };
}

/** Text made safe for one Markdown table cell or list item: no `|` column breaks, no newlines. */
export const mdEscape = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** A Markdown report: paths × state × reasons × fixes, findings, warnings, then extra sections (plan, diff). */
export function toMarkdown(report: Report, title = 'kube-paths report', sections: readonly string[] = []): string {
  const lines: string[] = [`# ${title}`, '', summaryLine(report), '', '## Paths', ''];
  lines.push('| path | state | safe | reasons | fixes |', '|---|---|---|---|---|');
  for (const p of report.paths) {
    const fixes = p.fixes.map((f) => f.summary).join('<br>') || '—';
    lines.push(
      `| \`${p.id}\` (${mdEscape(PATH_SPECS[p.id].label)}) | ${STATE_GLYPHS[p.state]} ${p.state} | ${p.safe ? 'yes' : 'no'} | ${mdEscape(p.reasons.join('; ')) || '—'} | ${mdEscape(fixes)} |`,
    );
  }
  lines.push('', '## Findings', '');
  if (report.findings.length === 0) lines.push('None.');
  else {
    lines.push('| finding | component | severity | CIS | message |', '|---|---|---|---|---|');
    for (const f of report.findings) {
      lines.push(
        `| \`${f.id}\` | ${f.component} | ${f.severity} | ${f.cis.join(', ') || '—'} | ${mdEscape(f.message)} |`,
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
  lines.push('', '## Configuration', '', '```json', JSON.stringify(report.config, null, 2), '```', '');
  return lines.join('\n');
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
  const out: string[] = [summaryLine(report), ''];
  out.push(`${'PATH'.padEnd(w)}  ${'STATE'.padEnd(12)}  SAFE  REASON`);
  for (const p of report.paths) {
    const state = `${STATE_GLYPHS[p.state]} ${p.state}`.padEnd(12);
    out.push(`${p.id.padEnd(w)}  ${paint(p.state, state)}  ${p.safe ? 'yes ' : 'no  '}  ${p.reasons[0] ?? ''}`);
    for (const f of p.fixes.slice(0, 2)) out.push(`${''.padEnd(w)}  ${''.padEnd(12)}        fix: ${f.summary}`);
  }
  if (report.findings.length) {
    out.push('', 'FINDINGS');
    for (const f of report.findings) {
      out.push(`  ${f.severity.toUpperCase().padEnd(8)} ${f.id} [CIS ${f.cis.join(', ') || '—'}] ${f.message}`);
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
