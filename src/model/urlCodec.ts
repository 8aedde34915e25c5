import { CONFIG_KEYS, getKey, isConfigKey, parseValue, sameValue, setKey, formatValue } from './config';
import { DEFAULT_PRESET, isPresetName, PRESET_NAMES, PRESETS, type PresetName } from './presets';
import { buildTopology, LIMITS } from './topology';
import { findTour, stepConfig, TOURS } from './tours';
import { PATH_IDS, type Config, type PathId } from './types';

/** The URL format version this code writes. Old links keep working through MIGRATIONS. */
export const URL_VERSION = 1;

/** The selection a link can carry: a path instance (by topology key) or a component instance. */
export type UrlSelection =
  | { readonly kind: 'path'; readonly id: PathId; readonly key: string }
  | { readonly kind: 'component'; readonly id: string };

/** Everything a link restores. `preset` is the preset the config equals, or null when edited. */
export interface UrlState {
  readonly preset: PresetName | null;
  readonly config: Config;
  readonly nodes: number;
  readonly pods: number;
  readonly select?: UrlSelection;
  readonly theme?: 'light' | 'dark';
  readonly contrast?: 'high';
  readonly table?: boolean;
  /** A workshop tour and its step (1-based, as people count steps). */
  readonly tour?: { readonly id: string; readonly step: number };
  /** Presenter view: large type, the controls out of the way. */
  readonly presenter?: boolean;
  /** Embed mode for iframes: diagram, legend and summary only, nothing saved. */
  readonly embed?: boolean;
}

/** A parameter that was not applied, and why. */
export interface Ignored {
  readonly param: string;
  readonly reason: string;
}

/** Defaults for the size parameters (omitted from links when unchanged). */
export const DEFAULT_SIZE = { nodes: 3, pods: 3 } as const;

type Params = ReadonlyArray<readonly [string, string]>;

/** Rewrites the parameters of version N into those of version N+1 (none yet: v1 is the first). */
const MIGRATIONS: Readonly<Record<number, (p: Params) => Params>> = {};

function migrate(params: Params, from: number): Params {
  let out = params;
  for (let v = from; v < URL_VERSION; v++) out = MIGRATIONS[v]?.(out) ?? out;
  return out;
}

function safeDecode(s: string): string | null {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/** Splits a query string into pairs without throwing on malformed escapes. */
function splitQuery(search: string, ignored: Ignored[]): Array<[string, string]> {
  const q = search.startsWith('?') ? search.slice(1) : search;
  const out: Array<[string, string]> = [];
  for (const part of q.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const rawK = eq < 0 ? part : part.slice(0, eq);
    const rawV = eq < 0 ? '' : part.slice(eq + 1);
    const k = safeDecode(rawK);
    const v = safeDecode(rawV);
    if (k === null || v === null) {
      ignored.push({ param: k ?? rawK, reason: 'malformed percent-encoding' });
      continue;
    }
    out.push([k, v]);
  }
  return out;
}

/** The instance key a bare path id stands for: its first instance (node-1 for per-node paths). */
export function firstInstanceKey(id: PathId): string {
  return buildTopology(1, 1).paths.find((p) => p.id === id)!.key;
}

function decodeSelect(value: string, nodes: number, pods: number): UrlSelection | string {
  const at = value.indexOf('@');
  const base = at < 0 ? value : value.slice(0, at);
  if ((PATH_IDS as readonly string[]).includes(base)) {
    const id = base as PathId;
    if (at < 0) return { kind: 'path', id, key: firstInstanceKey(id) };
    const topo = buildTopology(nodes, pods);
    if (topo.paths.some((p) => p.key === value)) return { kind: 'path', id, key: value };
    return `no instance "${value.slice(at + 1)}" of ${id} with ${nodes} node${nodes === 1 ? '' : 's'}`;
  }
  const topo = buildTopology(nodes, pods);
  if (topo.components.some((c) => c.id === value)) return { kind: 'component', id: value };
  return 'not a path id (optionally @node-N) or a component id';
}

function size(value: string, what: 'nodes' | 'pods', ignored: Ignored[]): number | null {
  const { min, max } = LIMITS[what];
  if (!/^\d{1,7}$/.test(value.trim())) {
    ignored.push({ param: what, reason: `"${value}" is not a whole number ${min}–${max}` });
    return null;
  }
  const n = Number(value);
  const clamped = Math.min(max, Math.max(min, n));
  if (clamped !== n) ignored.push({ param: what, reason: `${n} is outside ${min}–${max}; using ${clamped}` });
  return clamped;
}

/** Reads a query string into a state; never throws. Unknown or invalid parameters are reported. */
export function decodeQuery(search: string): { state: UrlState; ignored: Ignored[] } {
  const ignored: Ignored[] = [];
  let pairs: Params = splitQuery(search, ignored);
  const seen = new Set<string>();
  pairs = pairs.filter(([k]) => {
    if (!seen.has(k)) return seen.add(k);
    ignored.push({ param: k, reason: 'repeated; the first value is used' });
    return false;
  });
  const get = (k: string) => pairs.find(([x]) => x === k)?.[1];

  let version = 1;
  const v = get('v');
  if (v !== undefined) {
    if (/^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= URL_VERSION) version = Number(v);
    else ignored.push({ param: 'v', reason: `unknown link version "${v}"; read as v${URL_VERSION}` });
  }
  pairs = migrate(pairs, version);

  let preset: PresetName = DEFAULT_PRESET;
  const p = get('preset');
  if (p !== undefined) {
    if (isPresetName(p)) preset = p;
    else ignored.push({ param: 'preset', reason: `unknown preset "${p}"; using ${DEFAULT_PRESET}` });
  }
  let config = PRESETS[preset];
  let nodes: number = DEFAULT_SIZE.nodes;
  let pods: number = DEFAULT_SIZE.pods;
  const state: { -readonly [K in keyof UrlState]?: UrlState[K] } = {};
  let select: string | undefined;
  let tour: string | undefined;
  let step: string | undefined;

  for (const [k, value] of pairs) {
    if (k === 'v' || k === 'preset') continue;
    if (isConfigKey(k)) {
      const r = parseValue(k, value);
      if (r.ok) config = setKey(config, k, r.value);
      else ignored.push({ param: k, reason: r.error });
    } else if (k === 'nodes') nodes = size(value, 'nodes', ignored) ?? nodes;
    else if (k === 'pods') pods = size(value, 'pods', ignored) ?? pods;
    else if (k === 'select') select = value;
    else if (k === 'theme') {
      if (value === 'light' || value === 'dark') state.theme = value;
      else ignored.push({ param: k, reason: `"${value}" is not light or dark` });
    } else if (k === 'contrast') {
      if (value === 'high') state.contrast = 'high';
      else if (value !== 'normal') ignored.push({ param: k, reason: `"${value}" is not high or normal` });
    } else if (k === 'table') {
      if (value === 'true' || value === 'false') state.table = value === 'true';
      else ignored.push({ param: k, reason: `"${value}" is not true or false` });
    } else if (k === 'tour') tour = value;
    else if (k === 'step') step = value;
    else if (k === 'presenter' || k === 'embed') {
      if (value === '1' || value === 'true') state[k] = true;
      else if (value !== '0' && value !== 'false') ignored.push({ param: k, reason: `"${value}" is not 1 or 0` });
    } else ignored.push({ param: k, reason: 'unknown parameter' });
  }
  const t = decodeTour(tour, step, ignored);
  if (t) {
    state.tour = t;
    // A hand-written tour link ("?tour=proxy&step=3") shows that step's scenario; a link that
    // carries a scenario of its own (every link the page writes does) keeps it.
    const given = pairs.some(([k]) => k === 'preset' || isConfigKey(k));
    const s = findTour(t.id)?.steps[t.step - 1];
    if (s && !given) {
      preset = s.scenario.preset;
      config = stepConfig(s);
      if (select === undefined && s.highlight) select = s.highlight;
    }
  }
  if (select !== undefined) {
    const s = decodeSelect(select, nodes, pods);
    if (typeof s === 'string') ignored.push({ param: 'select', reason: `"${select}": ${s}` });
    else state.select = s;
  }
  const edited = CONFIG_KEYS.some((k) => !sameValue(getKey(config, k), getKey(PRESETS[preset], k)));
  return { state: { ...state, preset: edited ? null : preset, config, nodes, pods }, ignored };
}

function decodeTour(
  id: string | undefined,
  step: string | undefined,
  ignored: Ignored[],
): UrlState['tour'] | undefined {
  if (id === undefined) {
    if (step !== undefined) ignored.push({ param: 'step', reason: 'a step needs a tour' });
    return undefined;
  }
  const tour = findTour(id);
  if (!tour) {
    ignored.push({ param: 'tour', reason: `unknown tour "${id}"; tours: ${TOURS.map((x) => x.id).join(', ')}` });
    if (step !== undefined) ignored.push({ param: 'step', reason: 'a step needs a tour' });
    return undefined;
  }
  const last = tour.steps.length;
  if (step === undefined) return { id: tour.id, step: 1 };
  if (!/^\d{1,7}$/.test(step.trim())) {
    ignored.push({ param: 'step', reason: `"${step}" is not a step number 1–${last}; starting at step 1` });
    return { id: tour.id, step: 1 };
  }
  const n = Number(step);
  const clamped = Math.min(last, Math.max(1, n));
  if (clamped !== n) ignored.push({ param: 'step', reason: `${n} is outside 1–${last}; showing step ${clamped}` });
  return { id: tour.id, step: clamped };
}

function diffKeys(config: Config, base: Config) {
  return CONFIG_KEYS.filter((k) => !sameValue(getKey(config, k), getKey(base, k)));
}

/** Encodes a state as a short, hand-editable query string: only what differs from the preset. */
export function encodeQuery(state: UrlState): string {
  // An edited config is written against whichever preset it differs least from: shortest link.
  const candidates = state.preset ? [state.preset, ...PRESET_NAMES] : [DEFAULT_PRESET, ...PRESET_NAMES];
  let base = candidates[0]!;
  let keys = diffKeys(state.config, PRESETS[base]);
  for (const name of candidates) {
    const d = diffKeys(state.config, PRESETS[name]);
    if (d.length < keys.length) [base, keys] = [name, d];
  }
  const parts: string[] = [`v=${URL_VERSION}`, `preset=${base}`];
  if (state.nodes !== DEFAULT_SIZE.nodes) parts.push(`nodes=${state.nodes}`);
  if (state.pods !== DEFAULT_SIZE.pods) parts.push(`pods=${state.pods}`);
  for (const k of keys) parts.push(`${k}=${encodeValue(formatValue(getKey(state.config, k)))}`);
  if (state.select) parts.push(`select=${encodeValue(state.select.kind === 'path' ? state.select.key : state.select.id)}`);
  if (state.theme) parts.push(`theme=${state.theme}`);
  if (state.contrast) parts.push(`contrast=${state.contrast}`);
  if (state.table) parts.push('table=true');
  if (state.tour) parts.push(`tour=${encodeValue(state.tour.id)}`, `step=${state.tour.step}`);
  if (state.presenter) parts.push('presenter=1');
  if (state.embed) parts.push('embed=1');
  return `?${parts.join('&')}`;
}

/** Percent-encodes only what must be: keeps `,` `:` `/` `@` readable in links. */
function encodeValue(s: string): string {
  return encodeURIComponent(s).replace(/%2C/gi, ',').replace(/%3A/gi, ':').replace(/%2F/gi, '/').replace(/%40/gi, '@');
}
