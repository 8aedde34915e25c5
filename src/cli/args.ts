import {
  describeChoices,
  parseTarget,
  parseValue,
  type ConfigValue,
  type KeyTarget,
} from '../model/config';
import { normalize } from 'node:path';
import { parsePoolList, poolNameError, type PoolSize } from '../model/pools';
import { DEFAULT_PRESET, isPresetName, PRESET_NAMES, type PresetName } from '../model/presets';
import type { Result } from '../model/types';

export const FORMATS = ['table', 'json', 'markdown', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];
export const FAIL_ON = ['unsafe', 'broken', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

/** Parsed `analyze` options. */
export interface AnalyzeOptions {
  readonly preset: PresetName;
  /** --set KEY=VALUE, in order: `kubelet.X` on every pool, `pools.NAME.kubelet.X` on one. */
  readonly sets: readonly (KeyTarget & { readonly value: ConfigValue })[];
  /** --pools NAME:COUNT,...: the node pools and their sizes. */
  readonly pools: readonly PoolSize[] | undefined;
  readonly format: Format;
  readonly failOn: FailOn;
  readonly files: readonly string[];
  readonly help: boolean;
  /** --fix: add the "make it safe" plan. */
  readonly fix: boolean;
  /** --baseline PRESET: add a per-path diff against this preset. */
  readonly baseline: PresetName | undefined;
  /** --pool NAME=FILE[,FILE...]: files whose kubelet sources form one pool; FILE as given among the FILE arguments. */
  readonly poolGroups: readonly { readonly name: string; readonly files: readonly string[] }[];
}

const VALUE_OPTIONS = [
  '--preset',
  '--set',
  '--pools',
  '--pool',
  '--format',
  '--fail-on',
  '--baseline',
];

const fail = (error: string): Result<AnalyzeOptions> => ({ ok: false, error });

/** Parses the arguments after `analyze`; errors are one line naming the bad thing and the choices. */
export function parseAnalyzeArgs(argv: readonly string[]): Result<AnalyzeOptions> {
  let preset: PresetName = DEFAULT_PRESET;
  let format: Format = 'table';
  let failOn: FailOn = 'never';
  let help = false;
  let fix = false;
  let baseline: PresetName | undefined;
  let pools: readonly PoolSize[] | undefined;
  const sets: (KeyTarget & { value: ConfigValue })[] = [];
  const files: string[] = [];
  const poolGroups: { name: string; files: string[] }[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      files.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-h') {
      help = true;
      continue;
    }
    if (!arg.startsWith('--') || arg === '-') {
      files.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg : arg.slice(0, eq);
    if (name === '--help') {
      help = true;
      continue;
    }
    if (name === '--fix' && eq === -1) {
      fix = true;
      continue;
    }
    if (!VALUE_OPTIONS.includes(name)) {
      return fail(
        `unknown option "${name}"; valid options: ${VALUE_OPTIONS.join(', ')}, --fix, --help`,
      );
    }
    let value: string;
    if (eq !== -1) value = arg.slice(eq + 1);
    else {
      const next = argv[i + 1];
      if (next === undefined) return fail(`option ${name} needs a value`);
      value = next;
      i++;
    }
    switch (name) {
      case '--preset':
        if (!isPresetName(value)) {
          return fail(`unknown preset "${value}"; valid presets: ${PRESET_NAMES.join(', ')}`);
        }
        preset = value;
        break;
      case '--baseline':
        if (!isPresetName(value)) {
          return fail(`unknown baseline "${value}"; valid baselines: ${PRESET_NAMES.join(', ')}`);
        }
        baseline = value;
        break;
      case '--format':
        if (!(FORMATS as readonly string[]).includes(value)) {
          return fail(`unknown format "${value}"; valid formats: ${FORMATS.join(', ')}`);
        }
        format = value as Format;
        break;
      case '--fail-on':
        if (!(FAIL_ON as readonly string[]).includes(value)) {
          return fail(`unknown --fail-on "${value}"; valid values: ${FAIL_ON.join(', ')}`);
        }
        failOn = value as FailOn;
        break;
      case '--set': {
        const k = value.indexOf('=');
        if (k <= 0) return fail(`--set needs KEY=VALUE, got "${value}"`);
        const target = parseTarget(value.slice(0, k));
        if (!target.ok) return fail(target.error);
        const parsed = parseValue(target.value.key, value.slice(k + 1));
        if (!parsed.ok)
          return fail(`${parsed.error} (valid: ${describeChoices(target.value.key)})`);
        sets.push({ ...target.value, value: parsed.value });
        break;
      }
      case '--pools': {
        const list = parsePoolList(value);
        if (!list.ok) return fail(`--pools ${value}: ${list.error}`);
        pools = list.value;
        break;
      }
      case '--pool': {
        const group = parsePoolGroup(value);
        if (typeof group === 'string') return fail(group);
        if (poolGroups.some((g) => g.name === group.name)) {
          return fail(
            `--pool ${group.name} is given twice; list its files in one --pool ${group.name}=FILE,FILE`,
          );
        }
        poolGroups.push(group);
        break;
      }
    }
  }
  const grouped = matchPoolFiles(poolGroups, files);
  if (typeof grouped === 'string') return fail(grouped);
  return {
    ok: true,
    value: { preset, sets, pools, format, failOn, files, help, fix, baseline, poolGroups: grouped },
  };
}

function parsePoolGroup(value: string): { name: string; files: string[] } | string {
  const eq = value.indexOf('=');
  if (eq <= 0) return `--pool needs NAME=FILE[,FILE...], got "${value}"`;
  const name = value.slice(0, eq);
  const bad = poolNameError(name);
  if (bad) return `--pool ${value}: ${bad}`;
  const list = value
    .slice(eq + 1)
    .split(',')
    .map((f) => f.trim());
  if (list.some((f) => f === ''))
    return `--pool ${value}: a FILE is empty; write NAME=FILE[,FILE...]`;
  return { name, files: list };
}

/** Each --pool FILE must be one of the FILE arguments (as given, or the same path normalised); a file is in one pool. */
function matchPoolFiles(
  groups: readonly { name: string; files: readonly string[] }[],
  files: readonly string[],
): { name: string; files: string[] }[] | string {
  if (groups.length > 0 && files.length === 0)
    return '--pool groups FILE arguments, and none was given';
  const owner = new Map<string, string>();
  const out: { name: string; files: string[] }[] = [];
  for (const g of groups) {
    const mine: string[] = [];
    for (const f of g.files) {
      const arg =
        files.find((a) => a === f) ?? files.find((a) => a !== '-' && normalize(a) === normalize(f));
      if (arg === undefined) {
        return `--pool ${g.name}: ${f} is not one of the FILE arguments (${files.join(', ').slice(0, 200)})`;
      }
      const other = owner.get(arg);
      if (other !== undefined)
        return `--pool ${g.name}: ${f} is already in --pool ${other}; a file belongs to one pool`;
      owner.set(arg, g.name);
      mine.push(arg);
    }
    out.push({ name: g.name, files: mine });
  }
  return out;
}
