import { positionChanges } from './attackerView';
import { compareConfigs } from './compare';
import { matchingPreset } from './presetMatch';
import type { PresetName } from './presets';
import { diffJson, diffMarkdown, planJson, planMarkdown } from './planReport';
import { reportOf } from './reportOf';
import { toJson, toMarkdown } from './report';
import type { Config } from './types';
import { cachedPlan } from './planCache';

/** What the page's report exports are made of: the scenario and, when comparing, the baseline. */
export interface ReportInput {
  readonly config: Config;
  readonly preset: PresetName | null;
  readonly baseline: Config | null;
}

const baselineName = (baseline: Config): string => matchingPreset(baseline) ?? 'the chosen baseline';

/** The Markdown report of the page: what `analyze --fix [--baseline] --format markdown` prints. */
export function pageMarkdown({ config, preset, baseline }: ReportInput): string {
  const sections = [planMarkdown(cachedPlan(config))];
  if (baseline) {
    sections.push(diffMarkdown(compareConfigs(baseline, config), baselineName(baseline), positionChanges(baseline, config)));
  }
  return toMarkdown(reportOf(config), `kube-paths report: ${preset ?? 'custom scenario'}`, sections);
}

/** The JSON report of the page, with the CLI's contract (`--fix` plan, `--baseline` diff). */
export function pageJson({ config, baseline }: ReportInput): string {
  const extras = {
    ...planJson(cachedPlan(config)),
    ...(baseline ? diffJson(compareConfigs(baseline, config), baselineName(baseline), positionChanges(baseline, config)) : {}),
  };
  return JSON.stringify(toJson(reportOf(config), extras), null, 2) + '\n';
}
