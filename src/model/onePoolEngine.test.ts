import { describe, expect, it } from 'vitest';
import { formatTarget, formatValue } from './config';
import { statesOf } from './derive';
import { findingsFor } from './findings';
import { planFor } from './plan';
import { PRESETS, type PresetName } from './presets';
import recorded from './testdata/one-pool-engine.json';
import type { Config, PathId, PathState } from './types';
import { TOURS } from './tours';
import { decodeQuery } from './urlCodec';
import { fromOnePoolShape, parseConfig } from './validate';

// The answers of the engine before node pools (commit e9ef9ec), recorded by
// testdata/record-one-pool-engine.ts.txt: every preset, a few links, 300 random one-pool configs.
type States = Record<PathId, PathState>;
interface Entry {
  readonly config: unknown;
  readonly states: States;
  readonly findings: readonly string[];
}
const data = recorded as unknown as {
  presets: Record<string, Entry & { plan: string[] | null }>;
  links: { query: string; nodes: number; pods: number; preset: string | null; select: unknown; states: States }[];
  configs: Entry[];
};

/** An old saved or exported one-pool config, read the way saved state v1 is migrated. */
function migrated(old: unknown, nodes = 3): Config {
  const r = parseConfig(fromOnePoolShape(old, nodes));
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

/**
 * The two findings DOMAIN.md corrected (kube-apiserver resets --anonymous-auth under AlwaysAllow):
 * `apiserver-open` is gone, and `apiserver-anonymous` no longer holds when AlwaysAllow is a mode.
 */
function corrected(findings: readonly string[], c: Config): string[] {
  const allowAll = c.apiserver.authorizationModes.includes('AlwaysAllow');
  return findings.filter((f) => f !== 'apiserver-open' && !(f === 'apiserver-anonymous' && allowAll));
}

describe('every one-pool answer of the engine before node pools still holds', () => {
  it.each(Object.keys(data.presets))('preset %s: the same states, findings (as corrected) and plan', (name) => {
    const old = data.presets[name]!;
    const config = PRESETS[name as PresetName];
    expect(statesOf(config)).toEqual([old.states]);
    expect(findingsFor(config).map((f) => f.id)).toEqual(corrected(old.findings, config));
    const plan = planFor(config);
    expect(plan.ok ? plan.changes.map((c) => `${formatTarget(c)}=${formatValue(c.value)}`) : null).toEqual(old.plan);
  });

  it.each(data.links.map((l) => [l.query, l] as const))('link %s: the same preset, size, selection and states', (_, old) => {
    // As the page reads a link once its tour catalogue has loaded (one of them names a tour).
    const { state } = decodeQuery(old.query, { tours: TOURS });
    expect(state.preset).toBe(old.preset);
    expect(state.config.pools.map((p) => [p.name, p.nodes])).toEqual([['default', old.nodes]]);
    expect(state.pods).toBe(old.pods);
    // Instance keys named a node then (`…@node-2`); they name the node's pool, `default`, now.
    const sel = old.select as { kind: string; id: string; key?: string } | null;
    expect(state.select ?? null).toEqual(sel?.key ? { ...sel, key: sel.key.replace(/@node-\d+$/, '@default') } : sel);
    expect(statesOf(state.config)).toEqual([old.states]);
  });

  it('300 random one-pool configs: the same states and findings (as corrected), read as saved state v1 is', () => {
    expect(data.configs).toHaveLength(300);
    for (const old of data.configs) {
      const config = migrated(old.config);
      expect(statesOf(config), JSON.stringify(old.config)).toEqual([old.states]);
      expect(findingsFor(config).map((f) => f.id)).toEqual(corrected(old.findings, config));
    }
  });
});
