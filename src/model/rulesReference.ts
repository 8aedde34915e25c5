import { POSITION_SPECS, POSITIONS } from './attackers';
import { CONDITIONS, type ConditionId } from './conditions';
import { EXPOSURE_ROWS } from './exposures';
import { CONFIG_KEYS, describeChoices, formatValue, getKey, KEY_SPECS, KUBELET_FIELDS } from './config';
import { DEFAULT_POOL } from './defaults';
import { POOL_LIMITS } from './pools';
import { exampleWhere } from './examples';
import { findingFixes } from './findingFixes';
import { FINDING_SPECS } from './findings';
import { PATH_SPECS } from './paths';
import { PITFALLS } from './pitfalls';
import { DEFAULT_PRESET, PRESET_DESCRIPTIONS, PRESET_NAMES, PRESETS } from './presets';
import { RELATED_FINDINGS } from './related';
import { STATE_GLYPHS } from './report';
import { conditionWording, ruleWhen } from './ruleWording';
import { PATH_RULES } from './rules';
import { statesOf } from './derive';
import { STATE_DEFINITIONS } from './stateDefinitions';
import { isSafe, PATH_IDS, STATES, type PathState } from './types';
import { formatNumber } from './count';

/**
 * One section of the reference: a heading and its Markdown lines, read from the model's tables.
 * Adding a table to docs/rules.md is adding one function to SECTIONS.
 */
export interface ReferenceSection {
  readonly title: string;
  readonly lines: () => readonly string[];
}

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const code = (s: string): string => `\`${s}\``;
const row = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
const table = (head: readonly string[], rows: readonly (readonly string[])[]): string[] => [
  row(head),
  row(head.map(() => '---')),
  ...rows.map(row),
];
const state = (s: PathState): string => `${STATE_GLYPHS[s]} ${code(s)}`;
const wordedFor = (example: string | undefined): string =>
  example === undefined ? '' : ` *(worded for ${example})*`;

const MULTIPLICITY = {
  'per-pool': 'one per node pool',
  single: 'one',
} as const;

function pathsSection(): string[] {
  return table(
    [
      'path id',
      'from → to',
      'direction',
      'what travels',
      'instances',
      'through a tunnel when one is used',
    ],
    PATH_IDS.map((id) => {
      const p = PATH_SPECS[id];
      return [
        code(id),
        cell(`${p.from} → ${p.to}`),
        p.direction,
        cell(p.travels),
        MULTIPLICITY[p.multiplicity],
        p.egress ? 'yes' : 'no',
      ];
    }),
  );
}

function statesSection(): string[] {
  return [
    ...table(
      ['state', 'safe over an untrusted network', 'meaning'],
      STATES.map((s) => [
        state(s),
        s === 'disabled' ? '—' : isSafe(s) ? 'yes' : 'no',
        cell(STATE_DEFINITIONS[s]),
      ]),
    ),
    '',
    '`safe` in every output is true exactly for `secure` and `tunneled`. `network.untrusted` changes the wording ("at risk now" or "would be at risk on an untrusted network"), never a state.',
  ];
}

function rulesSection(): string[] {
  const out = [
    'For each path, the first matching line gives the state; the reasons list every condition of the path that holds (the conditions are worded in the next section).',
  ];
  for (const id of PATH_IDS) {
    const { rules, context = [] } = PATH_RULES[id];
    out.push('', `### ${code(id)}: ${cell(PATH_SPECS[id].label)}`, '');
    out.push(
      ...table(
        ['#', 'state', 'when'],
        rules.map((r, i) => [String(i + 1), state(r.state), ruleWhen(r)]),
      ),
    );
    if (context.length > 0) {
      out.push('', `Also given as reasons when they hold: ${context.map(code).join(', ')}.`);
    }
    const related = RELATED_FINDINGS[id];
    if (related.length > 0) {
      const withCis = related.map((f) => {
        const cis = FINDING_SPECS.find((s) => s.id === f)!.cis;
        return cis.length > 0 ? `${code(f)} (CIS ${cis.join(', ')})` : code(f);
      });
      out.push('', `Findings that go with it: ${withCis.join(', ')}.`);
    }
  }
  return out;
}

function conditionsSection(): string[] {
  const used = new Set<ConditionId>();
  for (const id of PATH_IDS) {
    const { rules, context = [] } = PATH_RULES[id];
    for (const c of [...rules.flatMap((r) => r.when), ...context]) used.add(c);
  }
  used.delete('always');
  // Catalogue order, so the table reads the same way the conditions are defined.
  const ids = (Object.keys(CONDITIONS) as ConditionId[]).filter((c) => used.has(c));
  return table(
    ['condition', 'reason shown when it holds'],
    ids.map((c) => {
      const w = conditionWording(c);
      return [code(c), cell(w.text) + wordedFor(w.example)];
    }),
  );
}

function findingsSection(): string[] {
  return table(
    ['finding', 'component', 'severity', 'CIS', 'message', 'fix'],
    FINDING_SPECS.map((f) => {
      const example = exampleWhere(f.when, `finding ${f.id}`);
      const fix = findingFixes(f.id, example.config)[0];
      return [
        code(f.id),
        f.component,
        f.severity,
        f.cis.join(', ') || '—',
        cell(f.message(example.config)) +
          wordedFor(f.message.length === 0 ? undefined : example.label),
        fix ? `${cell(fix.summary)} *(for ${example.label})*` : '—',
      ];
    }),
  );
}

function configKeysSection(): string[] {
  const base = PRESETS[DEFAULT_PRESET];
  return [
    ...table(
      [
        'key',
        'real setting',
        'values',
        'upstream default',
        `${DEFAULT_PRESET} preset`,
        'what it does',
      ],
      CONFIG_KEYS.map((k) => {
        const s = KEY_SPECS[k];
        return [
          code(k),
          cell(s.flag),
          cell(describeChoices(k)),
          cell(s.upstreamDefault),
          code(formatValue(getKey(base, k))),
          cell(s.help) + (s.fact ? ' (a fact about the cluster: plans never change it)' : ''),
        ];
      }),
    ),
  ];
}

function presetsSection(): string[] {
  return table(
    ['preset', 'what it is'],
    PRESET_NAMES.map((n) => [
      code(n) + (n === DEFAULT_PRESET ? ' (default)' : ''),
      cell(PRESET_DESCRIPTIONS[n]),
    ]),
  );
}

function presetStatesSection(): string[] {
  // One column per preset, or per pool of a preset of several pools.
  const columns = PRESET_NAMES.flatMap((n) => {
    const preset = PRESETS[n];
    return statesOf(preset).map((s, i) => [preset.pools.length === 1 ? code(n) : `${code(n)} ${preset.pools[i]!.name}`, s] as const);
  });
  return table(
    ['path', ...columns.map(([name]) => name)],
    PATH_IDS.map((id) => [code(id), ...columns.map(([, s]) => state(s[id]))]),
  );
}

function pitfallsSection(): string[] {
  return table(
    ['pitfall', 'paths', 'components', 'text'],
    PITFALLS.map((p) => [
      code(p.id),
      p.paths.map(code).join(', ') || '—',
      p.components.join(', ') || '—',
      cell(p.text),
    ]),
  );
}

/** The sections of docs/rules.md, in order. */
function poolsSection(): string[] {
  const { pools, nodes } = POOL_LIMITS;
  const perPool = KUBELET_FIELDS.map((f) => code(`kubelet.${f}`)).join(', ');
  return [
    `A scenario has ${pools.min}–${pools.max} node pools and ${nodes.min}–${formatNumber(nodes.max)} nodes in all. A pool has a name (a DNS label, at most 63 characters, unique), a node count and its own values of the six per-pool keys: ${perPool}. Every other key is cluster-wide. The path kinds marked "one per node pool" above are evaluated once per pool with that pool's kubelet values; a pool's nodes all behave alike.`,
    '',
    '- `kubelet.X` sets X on every pool; `pools.NAME.kubelet.X` sets it on one pool (CLI `--set`, links, plans, reports).',
    '- The pool list is written `NAME:COUNT,NAME:COUNT` (CLI `--pools`, link parameter `pools`).',
    `- A scenario with one pool named ${code(DEFAULT_POOL)} is the scenario of links and reports from before node pools (\`nodes=N\` is its count).`,
    '- Kubelet findings are reported per pool and carry `pool`; apiserver and Konnectivity findings are cluster-wide. A cluster-wide fix says what it does to each pool.',
    '- A plan counts a per-pool change once per pool it touches; a kubelet change made on every pool is written once, as `kubelet.X`.',
  ];
}

function positionsSection(): string[] {
  return table(
    ['position', 'who', 'present when'],
    POSITIONS.map((p) => {
      const spec = POSITION_SPECS[p];
      return [code(p), cell(spec.who), spec.needsUntrustedNetwork ? '`network.untrusted` (otherwise "would be, on an untrusted network")' : 'always'];
    }),
  );
}

function exposuresSection(): string[] {
  return [
    'Every path × state not listed exposes nothing; `broken` exposes nothing but availability. A row with no state applies whatever the state.',
    '',
    ...table(
      ['row', 'path, state', 'while', 'positions', 'what they gain', 'evidence'],
      EXPOSURE_ROWS.map((r) => [
        code(r.id),
        [r.paths.map(code).join(', ') || `finding ${r.findings.map(code).join(', ')}`, r.states?.map(code).join(' / ') ?? 'any state'].join(' '),
        r.when.length ? r.when.map(code).join(', ') : '—',
        r.positions.map(code).join(', '),
        cell(r.gains),
        r.evidence.map((e) => `[${cell(e.label)}](${e.url})`).join('<br>'),
      ]),
    ),
  ];
}

export const REFERENCE_SECTIONS: readonly ReferenceSection[] = [
  { title: 'Paths', lines: pathsSection },
  { title: 'States', lines: statesSection },
  { title: 'Rules', lines: rulesSection },
  { title: 'Conditions', lines: conditionsSection },
  { title: 'Findings', lines: findingsSection },
  { title: 'Configuration keys', lines: configKeysSection },
  { title: 'Node pools', lines: poolsSection },
  { title: 'Presets', lines: presetsSection },
  { title: 'Path states by preset', lines: presetStatesSection },
  { title: 'Attacker positions', lines: positionsSection },
  { title: 'Exposures', lines: exposuresSection },
  { title: 'Pitfalls', lines: pitfallsSection },
];

/** The whole rules reference as Markdown (what `kube-paths rules --format markdown` prints). */
export function rulesReferenceMarkdown(
  sections: readonly ReferenceSection[] = REFERENCE_SECTIONS,
): string {
  const out = [
    '# kube-paths rules reference',
    '',
    "<!-- Generated by `kube-paths rules --format markdown` from the model's tables; `npm run docs:rules` rewrites it. Do not edit by hand. -->",
    '',
    'Every path kind, state, rule line, finding, configuration key, node-pool rule, preset and attacker exposure that kube-paths knows, printed from the tables the rules engine runs on. The identifiers in `code` are a public contract: the CLI, links, JSON and SARIF reports use them.',
    '',
    ...sections.map((s) => `- [${s.title}](#${anchor(s.title)})`),
  ];
  for (const s of sections) out.push('', `## ${s.title}`, '', ...s.lines());
  return out.join('\n') + '\n';
}

/** GitHub's heading anchor for a plain-words title. */
function anchor(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9 -]/g, '')
    .replace(/ /g, '-');
}
