import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { checkSize } from '../model/topology';
import type { Config, Result } from '../model/types';
import { fromOnePoolShape, parseConfig } from '../model/validate';

/**
 * Storage key and schema version of the saved state. v1 (before node pools) kept one kubelet and
 * the node count beside the config; v2 keeps the pools, with their counts, in the config.
 */
export const STORAGE_KEY = 'kube-paths';
export const SAVED_VERSION = 2;

/**
 * What is saved locally: the scenario and UI preferences (never selection or notices). The preset
 * is not saved: it is derived from the config (a `preset` field in older saved data is ignored).
 */
export interface Saved {
  readonly config: Config;
  readonly podsPerNode: number;
  readonly theme: 'light' | 'dark';
  readonly highContrast: boolean;
  readonly tableView: boolean;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Rewrites saved data of an older version into the current shape (parseSaved then validates it).
 * v1 → v2: the config's one kubelet and the separate node count become one pool named `default`.
 * Data that is not an object is handed on as-is for parseSaved to reject.
 */
export function migrateSaved(data: unknown, version: number): unknown {
  if (version !== 1 || !isObject(data)) return data;
  const { nodes, ...rest } = data;
  return { ...rest, config: fromOnePoolShape(rest.config, nodes) };
}

/**
 * Validates saved data from storage, which may be corrupt, from an old version, or written by
 * someone else. Never throws; builds fresh values so nothing foreign survives.
 */
export function parseSaved(data: unknown): Result<Saved> {
  if (!isObject(data)) return { ok: false, error: 'not an object' };
  const config = parseConfig(data.config);
  if (!config.ok) return { ok: false, error: `configuration: ${config.error}` };
  const size = checkSize(1, Number(data.podsPerNode));
  if (typeof data.podsPerNode !== 'number' || !size.ok) {
    return { ok: false, error: size.ok ? 'pods per node is not a number' : size.error };
  }
  if (data.theme !== 'light' && data.theme !== 'dark') return { ok: false, error: 'unknown theme' };
  if (typeof data.highContrast !== 'boolean' || typeof data.tableView !== 'boolean') {
    return { ok: false, error: 'view preferences have the wrong type' };
  }
  return {
    ok: true,
    value: {
      config: config.value,
      podsPerNode: data.podsPerNode,
      theme: data.theme,
      highContrast: data.highContrast,
      tableView: data.tableView,
    },
  };
}

/** Reports storage trouble to the user (wired to the notices slice by the store). */
export type StorageProblem = (id: string, text: string) => void;

/**
 * A JSON storage over `localStorage` that never throws: unreadable data is handed on as-is for
 * validation; when storage is unavailable (private mode, blocked) or full, it degrades to memory
 * and says so once. `enabled: false` (embed mode) reads and writes nothing.
 */
export function safeStorage(
  getStorage: () => Storage | undefined,
  report: StorageProblem,
  enabled = true,
): PersistStorage<unknown> {
  const memory = new Map<string, string>();
  let useMemory = !enabled;
  const degrade = (why: string) => {
    if (useMemory) return;
    useMemory = true;
    report(
      'storage',
      `Your changes are kept for this tab only: the browser's storage is ${why}, so they will not survive a reload.`,
    );
  };
  const backend = (): Storage | null => {
    if (useMemory) return null;
    try {
      const s = getStorage();
      if (!s) throw new Error('missing');
      return s;
    } catch {
      degrade('unavailable');
      return null;
    }
  };
  return {
    getItem: (name) => {
      if (!enabled) return null;
      let raw: string | null;
      try {
        raw = backend()?.getItem(name) ?? memory.get(name) ?? null;
      } catch {
        degrade('unavailable');
        raw = memory.get(name) ?? null;
      }
      if (raw === null) return null;
      try {
        return JSON.parse(raw) as StorageValue<unknown>;
      } catch {
        // Not JSON: hand it on so validation rejects it with a notice.
        return { state: raw, version: -1 };
      }
    },
    setItem: (name, value) => {
      if (!enabled) return;
      const text = JSON.stringify(value);
      const s = backend();
      if (s) {
        try {
          s.setItem(name, text);
          return;
        } catch (e) {
          degrade(
            e instanceof DOMException && e.name === 'QuotaExceededError' ? 'full' : 'unavailable',
          );
        }
      }
      memory.set(name, text);
    },
    removeItem: (name) => {
      memory.delete(name);
      try {
        backend()?.removeItem(name);
      } catch {
        // Nothing to remove from an unavailable storage.
      }
    },
  };
}
