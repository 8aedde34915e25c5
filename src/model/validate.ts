import { CONFIG_KEYS, KEY_SPECS, parseValue, setKey, type ConfigValue } from './config';
import { PRESETS } from './presets';
import type { Config, Result } from './types';

const own = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

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

/**
 * Checks untrusted data (saved state, JSON) is a complete, valid Config; builds a fresh object so
 * nothing foreign (extra keys, prototypes) survives. Never throws.
 */
export function parseConfig(data: unknown): Result<Config> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, error: 'not a configuration object' };
  }
  let config: Config = PRESETS.kubeadm;
  for (const key of CONFIG_KEYS) {
    const raw = readRaw(data, key);
    if (raw === undefined) return { ok: false, error: `missing ${key}` };
    const text = toText(key, raw);
    if (text === null) return { ok: false, error: `${key} has the wrong type (${KEY_SPECS[key].type.kind} expected)` };
    const parsed = parseValue(key, text);
    if (!parsed.ok) return parsed;
    config = setKey(config, key, parsed.value as ConfigValue);
  }
  return { ok: true, value: config };
}
