import type { Comparison, PathDiff } from './compare';
import { formatTarget, formatValue } from './config';
import type { Plan, PlanStep } from './plan';
import { mdEscape as md } from './report';

const stepText = (s: PlanStep): string => `${formatTarget(s)}=${formatValue(s.value)}`;
const diffLabel = (cmp: Comparison, p: PathDiff): string => (p.pool === undefined || !cmp.pooled ? p.id : `${p.id}@${p.pool}`);

/** The plan as JSON: the CLI contract `plan: [{ key, value, flag, why, sideEffects }]` plus snippets. */
export function planJson(plan: Plan): Record<string, unknown> {
  if (!plan.ok) return { plan: null, planError: plan.error, planUnresolved: plan.unresolved };
  return {
    plan: plan.steps.map((s) => ({
      key: formatTarget(s),
      value: s.value,
      flag: s.flag,
      ...(s.pools.length ? { pools: s.pools } : {}),
      why: s.why,
      sideEffects: s.sideEffects,
    })),
    planSize: plan.size,
    planPositions: plan.positions,
    planSnippets: plan.snippets,
  };
}

/**
 * The comparison as JSON: `diff: [{ id, pool?, before, after, change }]`, its summary and, when
 * given, what the change did to each attacker position.
 */
export function diffJson(cmp: Comparison, baseline: string, positions?: string): Record<string, unknown> {
  return { baseline, diff: cmp.paths, diffSummary: cmp.summary, ...(positions ? { diffPositions: positions } : {}) };
}

/** A Markdown section: the plan as an ordered checklist, then the copyable snippets. */
export function planMarkdown(plan: Plan): string {
  const lines = ['## Make it safe', ''];
  if (!plan.ok) return [...lines, `No plan: ${md(plan.error)}.`, ''].join('\n');
  if (plan.steps.length === 0)
    return [...lines, 'Nothing to do: every path is already safe or disabled.', ''].join('\n');
  const counted = plan.size === plan.steps.length ? '' : ` (${plan.size} changes, a per-pool change counting once per pool)`;
  lines.push(`${plan.steps.length} step${plan.steps.length === 1 ? '' : 's'}${counted}, in this order:`, '');
  plan.steps.forEach((s, i) => {
    lines.push(`${i + 1}. [ ] \`${stepText(s)}\` (${md(s.flag)}): ${md(s.why)}`);
    for (const e of s.sideEffects) lines.push(`   - side effect: ${md(e)}`);
  });
  lines.push('', `After this plan: ${md(plan.positions)}.`);
  for (const s of plan.snippets) {
    lines.push('', `### ${s.title}`, '', '```' + s.language, s.text, '```');
  }
  lines.push('');
  return lines.join('\n');
}

/** A Markdown section: before → after per changed path against a baseline. */
export function diffMarkdown(cmp: Comparison, baseline: string, positions?: string): string {
  const lines = [`## Compared with ${baseline}`, '', `${cmp.summary}.`, ''];
  if (positions) lines.push(`Attackers: ${md(positions)}.`, '');
  lines.push('| path | before | after | change |', '|---|---|---|---|');
  for (const p of cmp.paths) lines.push(`| \`${diffLabel(cmp, p)}\` | ${p.before} | ${p.after} | ${p.change} |`);
  lines.push('');
  return lines.join('\n');
}

/** Plain-text plan section for the terminal table. */
export function planText(plan: Plan): string {
  const out = ['', 'MAKE IT SAFE'];
  if (!plan.ok) out.push(`  no plan: ${plan.error}`);
  else if (plan.steps.length === 0)
    out.push('  nothing to do: every path is already safe or disabled');
  else {
    plan.steps.forEach((s, i) => {
      out.push(`  ${i + 1}. ${stepText(s)}  (${s.flag})`, `     why: ${s.why}`);
      for (const e of s.sideEffects) out.push(`     side effect: ${e}`);
    });
    out.push(`  after this plan: ${plan.positions}`);
  }
  return out.join('\n') + '\n';
}

/** Plain-text comparison section for the terminal table. */
export function diffText(cmp: Comparison, baseline: string, positions?: string): string {
  const w = Math.max(...cmp.paths.map((p) => diffLabel(cmp, p).length));
  const out = ['', `COMPARED WITH ${baseline}: ${cmp.summary}`];
  if (positions) out.push(`  attackers: ${positions}`);
  for (const p of cmp.paths) {
    if (p.change !== 'unchanged')
      out.push(`  ${diffLabel(cmp, p).padEnd(w)}  ${p.before} → ${p.after}  (${p.change})`);
  }
  return out.join('\n') + '\n';
}
