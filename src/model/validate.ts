import { CONFIG_KEYS, isKubeletKey, KEY_SPECS, KUBELET_FIELDS, parseValue, setKey, type ConfigValue } from './config';
import { DEFAULT_POOL } from './defaults';
import { checkPoolSizes } from './pools';
import { PRESETS } from './presets';
import type { Config, NodePool, Result } from './types';

const own = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function readRaw(data: unknown, key: string): unknown {
  if (key === 'version') return (data as Record<string, unknown>).version;
  const [section, field] = key.split('.') as [string, string];
  const s = own(data as object, section) ? (data as Record<string, unknown>)[section] : undefined;
  if (typeof s !== 'object' || s === null || !own(s, field)) return undefined;
  return (s as Record<string, unknown>)[field];
}

function toText(key: string, raw: unknown): string | null {
  if (typeof raw === 'boolean' || typeof raw === 'string') return String(raw);
  if (typeof raw === 'number' && Number.isFinite(raw)) return String(raw);
  if (Array.isArray(raw) && raw.every((x) => typeof x === 'string') && key === 'apiserver.authorizationModes') {
    return raw.join(',');
  }
  return null;
}

function readValue(data: unknown, key: (typeof CONFIG_KEYS)[number], where: string): Result<ConfigValue> {
  const raw = readRaw(data, key);
  if (raw === undefined) return { ok: false, error: `missing ${where}` };
  const text = toText(key, raw);
  if (text === null) return { ok: false, error: `${where} has the wrong type (${KEY_SPECS[key].type.kind} expected)` };
  return parseValue(key, text);
}

/**
 * Checks untrusted data (saved state, JSON) is a complete, valid scenario: every cluster-wide key,
 * and 1–20 valid pools each with its six kubelet values. Builds a fresh object so nothing foreign
 * (extra keys, prototypes) survives. Never throws.
 */
export function parseConfig(data: unknown): Result<Config> {
  if (!isObject(data)) return { ok: false, error: 'not a configuration object' };
  let config: Config = PRESETS.kubeadm;
  for (const key of CONFIG_KEYS) {
    if (isKubeletKey(key)) continue;
    const v = readValue(data, key, key);
    if (!v.ok) return v;
    config = setKey(config, key, v.value);
  }
  if (!Array.isArray(data.pools)) return { ok: false, error: 'missing pools (a list of { name, nodes, kubelet })' };
  const pools: NodePool[] = [];
  for (const [i, raw] of data.pools.entries()) {
    if (!isObject(raw) || typeof raw.name !== 'string' || typeof raw.nodes !== 'number') {
      return { ok: false, error: `pools[${i}] is not { name, nodes, kubelet }` };
    }
    let pool: Config = { ...PRESETS.kubeadm, pools: [{ name: raw.name, nodes: raw.nodes, kubelet: PRESETS.kubeadm.pools[0]!.kubelet }] };
    for (const field of KUBELET_FIELDS) {
      const key = `kubelet.${field}` as const;
      const v = readValue(raw, key, `pools[${i}].${key}`);
      if (!v.ok) return v;
      pool = setKey(pool, key, v.value);
    }
    pools.push(pool.pools[0]!);
  }
  const sizes = checkPoolSizes(pools);
  if (!sizes.ok) return sizes;
  return { ok: true, value: { ...config, pools } };
}

/**
 * Rewrites a scenario saved before node pools (one `kubelet` beside the cluster keys, the node
 * count kept apart, no `konnectivity.serverMatchesEgress`) into today's shape, for parseConfig to
 * check: one pool named `default`. Anything else is passed on unchanged.
 */
export function fromOnePoolShape(data: unknown, nodes: unknown): unknown {
  if (!isObject(data) || own(data, 'pools') || !isObject(data.kubelet)) return data;
  const { kubelet, ...rest } = data;
  const konnectivity = isObject(rest.konnectivity)
    ? { serverMatchesEgress: true, ...rest.konnectivity }
    : rest.konnectivity;
  return { ...rest, konnectivity, pools: [{ name: DEFAULT_POOL, nodes, kubelet }] };
}
