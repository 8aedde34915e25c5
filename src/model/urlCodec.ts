import {
  differingSettings,
  formatTarget,
  formatValue,
  isConfigKey,
  isKubeletKey,
  parseTarget,
  parseValue,
  setKey,
  type ConfigKey,
} from './config';
import { DEFAULT_POOL } from './defaults';
import {
  formatPoolList,
  isOnePoolDefault,
  parsePoolList,
  withNodeCount,
  withPoolSizes,
  type PoolSize,
} from './pools';
import { isPosition, POSITIONS, type Position } from './attackers';
import { fitsPreset } from './presetMatch';
import { DEFAULT_PRESET, isPresetName, PRESET_NAMES, PRESETS, type PresetName } from './presets';
import { isPerPool } from './instances';
import { buildTopology, firstInstanceKey, instanceKey, LIMITS, POOL_PARTS, SERVICES } from './topology';
import { stepConfig, tourById, type Tour } from './tour';
import { PATH_IDS, type Config, type PathId } from './types';

/** The URL format version this code writes. Old links keep working through MIGRATIONS. */
export const URL_VERSION = 1;

/** The selection a link can carry: a path instance (by topology key) or a component instance. */
export type UrlSelection =
  | { readonly kind: 'path'; readonly id: PathId; readonly key: string }
  | { readonly kind: 'component'; readonly id: string };

/**
 * Everything a link restores. `preset` is the preset the config equals, or null when edited; the
 * node pools and their counts are part of `config`.
 */
export interface UrlState {
  readonly preset: PresetName | null;
  readonly config: Config;
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
  /** The attacker position the diagram is seen from (DOMAIN.md §10). */
  readonly attacker?: Position;
}

/** A parameter that was not applied, and why. */
export interface Ignored {
  readonly param: string;
  readonly reason: string;
}

/** Default pods per node (omitted from links when unchanged). */
export const DEFAULT_PODS = 3;

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

/** `node-3` (a one-pool `default` scenario) or `gpu-2`: the node names links wrote before pools were drawn once. */
function legacyNodePool(pools: readonly PoolSize[], node: string): number | string {
  const m = /^(.*)-(\d+)$/.exec(node);
  if (!m) return `no pool "${node}"`;
  const [, prefix, n] = m as unknown as [string, string, string];
  const pool = pools.length === 1 && pools[0]!.name === DEFAULT_POOL && prefix === 'node' ? 0 : pools.findIndex((p) => p.name === prefix);
  if (pool < 0) return `no pool "${node}"`;
  const nodes = pools[pool]!.nodes;
  if (Number(n) < 1 || Number(n) > nodes) return `no node "${node}": pool ${pools[pool]!.name} has ${nodes} node${nodes === 1 ? '' : 's'}`;
  return pool;
}

/**
 * The pool a link's `…@TAIL` names: a pool by name, or (old links, written when every node was
 * drawn) a node, read as the pool it belongs to: `node-2` in a one-pool `default` scenario,
 * `legacy-2` for node 2 of pool legacy. An error message when it names neither.
 */
function poolOfTail(pools: readonly PoolSize[], tail: string): number | string {
  const named = pools.findIndex((p) => p.name === tail);
  return named >= 0 ? named : legacyNodePool(pools, tail);
}

const WEB_SERVICE = SERVICES[1].id;

function decodeSelect(value: string, pools: readonly PoolSize[]): UrlSelection | string {
  const at = value.indexOf('@');
  const base = at < 0 ? value : value.slice(0, at);
  let tail = at < 0 ? '' : value.slice(at + 1);
  if ((PATH_IDS as readonly string[]).includes(base)) {
    const id = base as PathId;
    if (at < 0 || !isPerPool(id)) {
      return at < 0 ? { kind: 'path', id, key: firstInstanceKey(id, pools) } : `${id} has one instance, not one per pool`;
    }
    // Old proxy-to-Service keys: `…@service:shop/web` (one pool) and `…@service:shop/web@POOL`.
    if (id === 'apiserver-proxy-service' && tail.startsWith(WEB_SERVICE)) {
      tail = tail.slice(WEB_SERVICE.length + 1) || pools[0]!.name;
    }
    const pool = poolOfTail(pools, tail);
    if (typeof pool === 'string') return pool;
    return { kind: 'path', id, key: instanceKey(id, pools[pool]!.name) };
  }
  const parts = new Set<string>(POOL_PARTS);
  if (at >= 0 && parts.has(base)) {
    const pool = poolOfTail(pools, tail);
    return typeof pool === 'string' ? pool : { kind: 'component', id: `${base}@${pools[pool]!.name}` };
  }
  if (buildTopology([], 1).components.some((c) => c.id === value)) return { kind: 'component', id: value };
  return 'not a path id (optionally @POOL), a component id, or a component @POOL';
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

/** What decodeQuery needs besides the query: the tour catalogue, to read `tour` and `step`. */
export interface DecodeOptions {
  /** The workshop tours (model/tours.ts, loaded on demand); without them `tour` and `step` are left unread. */
  readonly tours?: readonly Tour[];
}

/** A decoded link: the state, the parameters not applied, and whether it names a tour it could not read yet. */
export interface Decoded {
  readonly state: UrlState;
  readonly ignored: Ignored[];
  /**
   * The link has `tour` or `step` and no catalogue was given: neither was read (nor reported), and
   * a hand-written tour link's step scenario is missing. Decode again with the tours.
   */
  readonly needsTours: boolean;
}

/**
 * Reads a query string into a state; never throws. Unknown or invalid parameters are reported.
 * `tour` and `step` are read only with the tour catalogue (options.tours): the page loads it only
 * for a link that names a tour (needsTours), so the narration stays out of the first download.
 */
export function decodeQuery(search: string, options: DecodeOptions = {}): Decoded {
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
  let pods: number = DEFAULT_PODS;
  const state: { -readonly [K in keyof UrlState]?: UrlState[K] } = {};
  let select: string | undefined;
  let tour: string | undefined;
  let step: string | undefined;
  let poolList: string | undefined;
  let nodes: string | undefined;
  // Per-pool keys go after every-pool ones whatever their order in the link, so they can override.
  const everyPool: Array<readonly [ConfigKey, string]> = [];
  const onePool: Array<readonly [string, string]> = [];

  for (const [k, value] of pairs) {
    if (k === 'v' || k === 'preset') continue;
    if (isConfigKey(k)) {
      if (isKubeletKey(k)) everyPool.push([k, value]);
      else {
        const r = parseValue(k, value);
        if (r.ok) config = setKey(config, k, r.value);
        else ignored.push({ param: k, reason: r.error });
      }
    } else if (k.startsWith('pools.')) onePool.push([k, value]);
    else if (k === 'pools') poolList = value;
    else if (k === 'nodes') nodes = value;
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
    } else if (k === 'attacker') {
      if (isPosition(value)) state.attacker = value;
      else ignored.push({ param: k, reason: `"${value}" is not an attacker position; positions: ${POSITIONS.join(', ')}` });
    } else if (k === 'tour') tour = value;
    else if (k === 'step') step = value;
    else if (k === 'presenter' || k === 'embed') {
      if (value === '1' || value === 'true') state[k] = true;
      else if (value !== '0' && value !== 'false') ignored.push({ param: k, reason: `"${value}" is not 1 or 0` });
    } else ignored.push({ param: k, reason: 'unknown parameter' });
  }
  config = decodePools(config, poolList, nodes, everyPool, onePool, ignored);
  const tours = options.tours;
  const needsTours = tours === undefined && (tour !== undefined || step !== undefined);
  const t = tours === undefined ? undefined : decodeTour(tours, tour, step, ignored);
  if (t && tours) {
    state.tour = t;
    // A hand-written tour link ("?tour=proxy&step=3") shows that step's scenario; a link that
    // carries a scenario of its own (every link the page writes does) keeps it.
    const given = pairs.some(([k]) => k === 'preset' || k === 'pools' || isConfigKey(k) || k.startsWith('pools.'));
    const s = tourById(tours, t.id)?.steps[t.step - 1];
    if (s && !given) {
      preset = s.scenario.preset;
      config = stepConfig(s);
      if (select === undefined && s.highlight) select = s.highlight;
      if (state.attacker === undefined && s.attacker) state.attacker = s.attacker;
    }
  }
  if (select !== undefined) {
    const s = decodeSelect(select, config.pools);
    if (typeof s === 'string') ignored.push({ param: 'select', reason: `"${select}": ${s}` });
    else state.select = s;
  }
  const edited = !fitsPreset(preset, config);
  return { state: { ...state, preset: edited ? null : preset, config, pods }, ignored, needsTours };
}

/** Applies the topology and per-pool parameters: `pools`, then `nodes`, then `kubelet.X`, then `pools.NAME.kubelet.X`. */
function decodePools(
  start: Config,
  poolList: string | undefined,
  nodes: string | undefined,
  everyPool: ReadonlyArray<readonly [ConfigKey, string]>,
  onePool: ReadonlyArray<readonly [string, string]>,
  ignored: Ignored[],
): Config {
  let config = start;
  if (poolList !== undefined) {
    const r = parsePoolList(poolList);
    if (r.ok) config = withPoolSizes(config, r.value);
    else ignored.push({ param: 'pools', reason: `${r.error}; keeping ${formatPoolList(config.pools)}` });
  }
  if (nodes !== undefined) {
    if (config.pools.length === 1) {
      const n = size(nodes, 'nodes', ignored);
      if (n !== null) config = withNodeCount(config, n);
    } else {
      ignored.push({ param: 'nodes', reason: 'this scenario has several pools: the pools parameter gives each pool its node count' });
    }
  }
  for (const [k, value] of everyPool) {
    const r = parseValue(k, value);
    if (r.ok) config = setKey(config, k, r.value);
    else ignored.push({ param: k, reason: r.error });
  }
  for (const [k, value] of onePool) {
    const t = parseTarget(k);
    if (!t.ok) {
      ignored.push({ param: k, reason: t.error });
      continue;
    }
    const { key, pool } = t.value;
    if (!config.pools.some((p) => p.name === pool)) {
      ignored.push({ param: k, reason: `no pool named "${pool}" (pools: ${config.pools.map((p) => p.name).join(', ')})` });
      continue;
    }
    const r = parseValue(key, value);
    if (r.ok) config = setKey(config, key, r.value, pool);
    else ignored.push({ param: k, reason: r.error });
  }
  return config;
}

function decodeTour(
  tours: readonly Tour[],
  id: string | undefined,
  step: string | undefined,
  ignored: Ignored[],
): UrlState['tour'] | undefined {
  if (id === undefined) {
    if (step !== undefined) ignored.push({ param: 'step', reason: 'a step needs a tour' });
    return undefined;
  }
  const tour = tourById(tours, id);
  if (!tour) {
    ignored.push({ param: 'tour', reason: `unknown tour "${id}"; tours: ${tours.map((x) => x.id).join(', ')}` });
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

const samePoolSizes = (a: readonly PoolSize[], b: readonly PoolSize[]): boolean =>
  a.length === b.length && a.every((p, i) => p.name === b[i]!.name && p.nodes === b[i]!.nodes);

/**
 * The topology parameters a scenario needs over a base preset (`nodes=N` for a one-pool `default`
 * scenario, else `pools=`), and the scenario those parameters decode to, before any setting.
 */
function topologyParams(config: Config, base: Config): { params: string[]; start: Config } {
  if (isOnePoolDefault(config) && isOnePoolDefault(base)) {
    const n = config.pools[0]!.nodes;
    return n === base.pools[0]!.nodes ? { params: [], start: base } : { params: [`nodes=${n}`], start: withNodeCount(base, n) };
  }
  if (samePoolSizes(config.pools, base.pools)) return { params: [], start: base };
  return { params: [`pools=${encodeValue(formatPoolList(config.pools))}`], start: withPoolSizes(base, config.pools) };
}

/** Encodes a state as a short, hand-editable query string: only what differs from the preset. */
export function encodeQuery(state: UrlState): string {
  // An edited config is written against whichever preset it differs least from: shortest link.
  const candidates = state.preset ? [state.preset, ...PRESET_NAMES] : [DEFAULT_PRESET, ...PRESET_NAMES];
  const paramsOver = (name: PresetName) => {
    const { params, start } = topologyParams(state.config, PRESETS[name]);
    return [
      ...params,
      ...differingSettings(start, state.config).map(([t, v]) => `${formatTarget(t)}=${encodeValue(formatValue(v))}`),
    ];
  };
  let base = candidates[0]!;
  let settings = paramsOver(base);
  for (const name of candidates) {
    const d = paramsOver(name);
    if (d.length < settings.length) [base, settings] = [name, d];
  }
  const parts: string[] = [`v=${URL_VERSION}`, `preset=${base}`, ...settings];
  if (state.pods !== DEFAULT_PODS) parts.push(`pods=${state.pods}`);
  if (state.select) parts.push(`select=${encodeValue(state.select.kind === 'path' ? state.select.key : state.select.id)}`);
  if (state.theme) parts.push(`theme=${state.theme}`);
  if (state.contrast) parts.push(`contrast=${state.contrast}`);
  if (state.table) parts.push('table=true');
  if (state.tour) parts.push(`tour=${encodeValue(state.tour.id)}`, `step=${state.tour.step}`);
  if (state.presenter) parts.push('presenter=1');
  if (state.attacker) parts.push(`attacker=${state.attacker}`);
  if (state.embed) parts.push('embed=1');
  return `?${parts.join('&')}`;
}

/** Percent-encodes only what must be: keeps `,` `:` `/` `@` readable in links. */
function encodeValue(s: string): string {
  return encodeURIComponent(s).replace(/%2C/gi, ',').replace(/%3A/gi, ':').replace(/%2F/gi, '/').replace(/%40/gi, '@');
}
