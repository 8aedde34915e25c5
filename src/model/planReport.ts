import type { Comparison } from './compare';
import { formatValue } from './config';
import type { Plan } from './plan';
import { mdEscape } from './report';

/** The plan as JSON: the CLI contract `plan: [{ key, value, flag, why, sideEffects }]` plus snippets. */
export function planJson(plan: Plan): Record<string, unknown> {
  if (!plan.ok) return { plan: null, planError: plan.error, planUnresolved: plan.unresolved };
  return {
    plan: plan.steps.map((s) => ({
      key: s.key,
      value: s.value,
      flag: s.flag,
      why: s.why,
      sideEffects: s.sideEffects,
    })),
    planSnippets: plan.snippets,
  };
}

/** The comparison as JSON: `diff: [{ id, before, after, change }]` and its summary. */
export function diffJson(cmp: Comparison, baseline: string): Record<string, unknown> {
  return { baseline, diff: cmp.paths, diffSummary: cmp.summary };
}

/** A Markdown section: the plan as an ordered checklist, then the copyable snippets. */
export function planMarkdown(plan: Plan): string {
  const lines = ['## Make it safe', ''];
  if (!plan.ok) return [...lines, `No plan: ${mdEscape(plan.error)}.`, ''].join('\n');
  if (plan.steps.length === 0)
    return [...lines, 'Nothing to do: every path is already safe or disabled.', ''].join('\n');
  lines.push(`${plan.steps.length} step${plan.steps.length === 1 ? '' : 's'}, in this order:`, '');
  plan.steps.forEach((s, i) => {
    lines.push(
      `${i + 1}. [ ] \`${s.key}=${formatValue(s.value)}\` (${mdEscape(s.flag)}): ${mdEscape(s.why)}`,
    );
    for (const e of s.sideEffects) lines.push(`   - side effect: ${mdEscape(e)}`);
  });
  for (const s of plan.snippets) {
    lines.push('', `### ${s.title}`, '', '```' + s.language, s.text, '```');
  }
  lines.push('');
  return lines.join('\n');
}

/** A Markdown section: before → after per changed path against a baseline. */
export function diffMarkdown(cmp: Comparison, baseline: string): string {
  const lines = [`## Compared with ${baseline}`, '', `${cmp.summary}.`, ''];
  lines.push('| path | before | after | change |', '|---|---|---|---|');
  for (const p of cmp.paths) lines.push(`| \`${p.id}\` | ${p.before} | ${p.after} | ${p.change} |`);
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
      out.push(`  ${i + 1}. ${s.key}=${formatValue(s.value)}  (${s.flag})`, `     why: ${s.why}`);
      for (const e of s.sideEffects) out.push(`     side effect: ${e}`);
    });
  }
  return out.join('\n') + '\n';
}

/** Plain-text comparison section for the terminal table. */
export function diffText(cmp: Comparison, baseline: string): string {
  const w = Math.max(...cmp.paths.map((p) => p.id.length));
  const out = ['', `COMPARED WITH ${baseline}: ${cmp.summary}`];
  for (const p of cmp.paths) {
    if (p.change !== 'unchanged')
      out.push(`  ${p.id.padEnd(w)}  ${p.before} → ${p.after}  (${p.change})`);
  }
  return out.join('\n') + '\n';
}
