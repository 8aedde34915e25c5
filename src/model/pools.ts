import { DEFAULT_POOL } from './defaults';
import { memoByConfig } from './memo';
import type { Config, NodePool, PoolView, Result } from './types';

/** Bounds of a scenario's pools (DOMAIN.md §9): 5,000 nodes is the largest size Kubernetes is tested at. */
export const POOL_LIMITS = { pools: { min: 1, max: 20 }, nodes: { min: 1, max: 5000 } } as const;

/** A pool in the pool list `NAME:COUNT,...`: its name and node count. */
export interface PoolSize {
  readonly name: string;
  readonly nodes: number;
}

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** Why `name` is not a valid pool name (a DNS label of at most 63 characters), or null. */
export function poolNameError(name: string): string | null {
  if (name.length === 0) return 'a pool name cannot be empty';
  if (name.length > 63) return `pool name "${name.slice(0, 20)}…" is longer than 63 characters`;
  if (!DNS_LABEL.test(name)) {
    return `pool name "${name}" is not a DNS label: lower-case letters, digits and '-', starting and ending with a letter or digit`;
  }
  return null;
}

/** Checks a pool list: 1–20 pools, unique valid names, at least 1 node each, 1–5,000 nodes in all. */
export function checkPoolSizes(pools: readonly PoolSize[]): Result<readonly PoolSize[]> {
  const { pools: P, nodes: N } = POOL_LIMITS;
  if (pools.length < P.min || pools.length > P.max) {
    return { ok: false, error: `a scenario has ${P.min}–${P.max} pools, got ${pools.length}` };
  }
  const seen = new Set<string>();
  for (const p of pools) {
    const bad = poolNameError(p.name);
    if (bad) return { ok: false, error: bad };
    if (seen.has(p.name)) return { ok: false, error: `pool "${p.name}" is listed twice` };
    seen.add(p.name);
    if (!Number.isInteger(p.nodes) || p.nodes < 1) {
      return { ok: false, error: `pool "${p.name}" needs a whole number of nodes, at least 1 (got ${p.nodes})` };
    }
  }
  const total = pools.reduce((n, p) => n + p.nodes, 0);
  if (total > N.max) return { ok: false, error: `${total} nodes in all is over the ${N.max} limit` };
  return { ok: true, value: pools };
}

/** Reads the pool list `NAME:COUNT,NAME:COUNT` (CLI --pools, link parameter pools). */
export function parsePoolList(text: string): Result<readonly PoolSize[]> {
  const items = text.split(',').map((s) => s.trim());
  const out: PoolSize[] = [];
  for (const item of items) {
    const m = /^([^:]*):(\d{1,7})$/.exec(item);
    if (!m) return { ok: false, error: `"${item}" is not NAME:COUNT (for example general:10,gpu:2)` };
    out.push({ name: m[1]!, nodes: Number(m[2]) });
  }
  return checkPoolSizes(out);
}

/** Writes a scenario's pool list as `NAME:COUNT,...`. */
export function formatPoolList(pools: readonly PoolSize[]): string {
  return pools.map((p) => `${p.name}:${p.nodes}`).join(',');
}

/**
 * The scenario with this pool list: a listed pool that exists keeps its kubelet settings, a new one
 * starts with the first pool's; pools not listed are dropped. The list must be valid.
 */
export function withPoolSizes(config: Config, sizes: readonly PoolSize[]): Config {
  const first = config.pools[0]!.kubelet;
  const pools = sizes.map(
    (s): NodePool => ({ name: s.name, nodes: s.nodes, kubelet: config.pools.find((p) => p.name === s.name)?.kubelet ?? first }),
  );
  return { ...config, pools };
}

/** The scenario with its only pool (or, with several, its first) resized: what `nodes=N` means. */
export function withNodeCount(config: Config, nodes: number): Config {
  return { ...config, pools: config.pools.map((p, i) => (i === 0 ? { ...p, nodes } : p)) };
}

/** Nodes in all pools. */
export function totalNodes(config: { readonly pools: readonly PoolSize[] }): number {
  return config.pools.reduce((n, p) => n + p.nodes, 0);
}

/** True for the scenario of today's links: one pool named `default`. */
export function isOnePoolDefault(config: Config): boolean {
  return config.pools.length === 1 && config.pools[0]!.name === DEFAULT_POOL;
}

/** Each pool's view of the scenario, memoised by scenario identity. */
export const poolViews = memoByConfig((config): readonly PoolView[] => {
  const { version, network, apiserver, konnectivity, pods } = config;
  return config.pools.map((p) => ({ version, network, apiserver, konnectivity, pods, kubelet: p.kubelet }));
});

/**
 * A pool name made from any text (a node or file name): lower-cased, runs of other characters
 * turned into '-', trimmed to a DNS label; `fallback` when nothing is left.
 */
export function toPoolName(text: string, fallback = DEFAULT_POOL): string {
  const s = text
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63)
    .replace(/-+$/g, '');
  return s === '' ? fallback : s;
}

/** A one-pool scenario (pool `default`, 1 node) that runs a pool view: for reasoning about one kubelet. */
export function scenarioOfView(view: PoolView): Config {
  const { kubelet, ...cluster } = view;
  return { ...cluster, pools: [{ name: DEFAULT_POOL, nodes: 1, kubelet }] };
}
