import { assess } from '../model/assess';
import { positionChanges } from '../model/attackerView';
import { compareConfigs } from '../model/compare';
import { planFor } from '../model/plan';
import {
  diffJson,
  diffMarkdown,
  diffText,
  planJson,
  planMarkdown,
  planText,
} from '../model/planReport';
import { formatTarget, setKey } from '../model/config';
import { withPoolSizes } from '../model/pools';
import type { Config } from '../model/types';
import { PRESETS, PRESET_NAMES } from '../model/presets';
import { toJson, toMarkdown, toTable } from '../model/report';
import { isSafe } from '../model/types';
import { FAIL_ON, FORMATS, parseAnalyzeArgs, type AnalyzeOptions } from './args';
import { importPaths, withSets } from './files';
import { importedPoolsJson, importedPoolsMarkdown, importedPoolsText } from './poolsOutput';
import { sarifText, sourceFiles } from './sarifOutput';

/** What a CLI run produced; main() writes it out. Keeping it a value makes the CLI testable. */
export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Usage text for `analyze`. */
export const USAGE = `Usage: kube-paths analyze [options] [FILE...]

Assess which Kubernetes control-plane <-> node paths are safe over an untrusted network.

Options:
  FILE                 kube-apiserver/kubelet/konnectivity manifests, systemd units, kubeadm, kubelet or egress configs, pasted flags (- is stdin); merged in order over --preset
  --preset NAME        base scenario (default kubeadm): ${PRESET_NAMES.join(', ')}
  --pools LIST         node pools and their node counts, NAME:COUNT,... (e.g. general:10,gpu:2); a new pool starts with the first pool's kubelet
  --pool NAME=FILE,... the kubelet sources of these FILEs form pool NAME (repeatable); other files are grouped by the rules:
                       a pool per kubelet configuration, flags with the file their --config names, equal pools merged
  --set KEY=VALUE      change one config key (repeatable, in order), e.g. --set apiserver.kubeletCertificateAuthority=true;
                       kubelet.X sets every pool, pools.NAME.kubelet.X one pool
  --format FORMAT      ${FORMATS.join(' | ')} (default table; sarif is SARIF 2.1.0 for code scanning)
  --fix                add the "make it safe" plan: the smallest set of protective changes, with snippets
  --baseline PRESET    add a per-path before → after diff against a preset: ${PRESET_NAMES.join(', ')}
  --fail-on WHEN       ${FAIL_ON.join(' | ')} (default never): exit 1 when any path is unsafe / broken
  -h, --help           this text

Exit status: 0 done, 1 --fail-on matched, 2 bad option or input (message on stderr), 3 internal error.
`;

/** Applies --set in order; a pool that does not exist is an error naming the pools there are. */
function applySets(start: Config, sets: AnalyzeOptions['sets']): Config | string {
  let config = start;
  for (const s of sets) {
    if (s.pool !== undefined && !config.pools.some((p) => p.name === s.pool)) {
      return `--set ${formatTarget(s)}: no pool named "${s.pool}"; pools: ${config.pools.map((p) => p.name).join(', ')} (add it with --pools)`;
    }
    config = setKey(config, s.key, s.value, s.pool);
  }
  return config;
}

export interface AnalyzeIo {
  readonly isTTY: boolean;
  /** Colour the table (NO_COLOR/FORCE_COLOR already applied); defaults to isTTY. */
  readonly color?: boolean;
  /** Standard input, already read, when a FILE is `-`. */
  readonly stdin?: Buffer;
  /** Working directory SARIF artifact URIs are relative to (default process.cwd()). */
  readonly cwd?: string;
}

/** Runs `analyze` over parsed argv; never throws for bad input. */
export function runAnalyze(argv: readonly string[], io: AnalyzeIo): CliResult {
  const parsed = parseAnalyzeArgs(argv);
  if (!parsed.ok) return { code: 2, stdout: '', stderr: `kube-paths: ${parsed.error}\n` };
  const opts = parsed.value;
  if (opts.help) return { code: 0, stdout: USAGE, stderr: '' };
  const imported =
    opts.files.length > 0 ? importPaths(opts.files, opts.preset, io.stdin, opts.poolGroups) : null;
  const pools = imported?.ok ? imported.value.pools : [];
  if (imported && !imported.ok) {
    return {
      code: 2,
      stdout: '',
      stderr: imported.errors.map((e) => `kube-paths: ${e}\n`).join(''),
    };
  }
  const base = imported ? imported.value.config : PRESETS[opts.preset];
  const start = opts.pools ? withPoolSizes(base, opts.pools) : base;
  const configured = applySets(start, opts.sets);
  if (typeof configured === 'string')
    return { code: 2, stdout: '', stderr: `kube-paths: ${configured}\n` };
  const config = configured;
  const assessed = assess(config);
  const report = imported
    ? { ...assessed, warnings: [...imported.value.warnings, ...assessed.warnings] }
    : assessed;
  const plan = opts.fix ? planFor(config) : undefined;
  const diff = opts.baseline ? compareConfigs(PRESETS[opts.baseline], config) : undefined;
  const positions = opts.baseline ? positionChanges(PRESETS[opts.baseline], config) : undefined;
  const title = `kube-paths report: ${opts.files.length > 0 ? opts.files.join(', ') : opts.preset}`;
  let stdout: string;
  switch (opts.format) {
    case 'json': {
      const extras = {
        ...(imported
          ? {
              provenance: withSets(imported.value.provenance, opts.sets),
              ...importedPoolsJson(pools),
            }
          : {}),
        ...(plan ? planJson(plan) : {}),
        ...(diff && opts.baseline ? diffJson(diff, opts.baseline, positions) : {}),
      };
      stdout = JSON.stringify(toJson(report, extras), null, 2) + '\n';
      break;
    }
    case 'markdown': {
      const sections = [
        importedPoolsMarkdown(pools),
        plan ? planMarkdown(plan) : '',
        diff && opts.baseline ? diffMarkdown(diff, opts.baseline, positions) : '',
      ];
      stdout = toMarkdown(report, title, sections.filter(Boolean));
      break;
    }
    case 'sarif':
      stdout = sarifText(
        report,
        imported ? sourceFiles(imported, opts.sets, io.cwd ?? process.cwd()) : undefined,
        { ...(plan ? planJson(plan) : {}), ...(diff && opts.baseline ? diffJson(diff, opts.baseline, positions) : {}) },
      );
      break;
    case 'table':
      stdout =
        toTable(report, io.color ?? io.isTTY) +
        importedPoolsText(pools) +
        (plan ? planText(plan) : '') +
        (diff && opts.baseline ? diffText(diff, opts.baseline, positions) : '');
      break;
  }
  const live = report.paths.filter((p) => p.state !== 'disabled');
  const failed =
    (opts.failOn === 'unsafe' && live.some((p) => !isSafe(p.state))) ||
    (opts.failOn === 'broken' && live.some((p) => p.state === 'broken'));
  return { code: failed ? 1 : 0, stdout, stderr: '' };
}
