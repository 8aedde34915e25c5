import { CONFIG_KEYS, formatValue, KEY_SPECS } from './config';
import { poolViews } from './pools';
import { DEFAULT_PRESET, PRESET_NAMES, PRESETS, type PresetName } from './presets';
import { applyToView, candidateChanges, candidateValues, forEachChangeSet } from './search';
import type { PoolView } from './types';

/** A configuration (one pool's view) that shows something, and how to say which one it is. */
export interface Example {
  readonly config: PoolView;
  /** e.g. `kubeadm`, or `konnectivity with konnectivity.frontend=tcp`. */
  readonly label: string;
}

/**
 * The first configuration for which `holds` is true, looking at the presets (the default one
 * first: the most common cluster makes the most telling example) in order, then at
 * every single change of a preset, then at every pair of changes. Reference texts (docs/rules.md,
 * SARIF rule help) show a rule line or a finding on it, so a condition's wording can be shown
 * even where it depends on the config. Throws when none qualifies: a rule line no configuration
 * within two changes of a preset can reach is a bug in the tables.
 */
export function exampleWhere(holds: (c: PoolView) => boolean, what: string): Example {
  for (const [name, base] of VIEWS) {
    if (holds(base)) return { config: base, label: name };
  }
  for (const [name, base] of VIEWS) {
    // Every key, facts included (the version decides whether SSH tunnel flags exist).
    for (const key of CONFIG_KEYS) {
      for (const value of key === 'version'
        ? versionsBesides(base.version)
        : candidateValues(base, key)) {
        const config = applyToView(base, [{ key, value, flag: KEY_SPECS[key].flag }]);
        if (holds(config)) return { config, label: `${name} with ${key}=${formatValue(value)}` };
      }
    }
  }
  for (const [name, base] of VIEWS) {
    let found: Example | undefined;
    forEachChangeSet(candidateChanges(base), 2, (set) => {
      const config = applyToView(base, set);
      if (!holds(config)) return false;
      found = {
        config,
        label: `${name} with ${set.map((c) => `${c.key}=${formatValue(c.value)}`).join(' and ')}`,
      };
      return true;
    });
    if (found) return found;
  }
  throw new Error(`no configuration within two changes of a preset shows ${what}`);
}

const ORDER: readonly PresetName[] = [DEFAULT_PRESET, ...PRESET_NAMES.filter((n) => n !== DEFAULT_PRESET)];

/** Each preset's pool views, named `preset` (or `preset, pool NAME` for a preset of several pools). */
const VIEWS: ReadonlyArray<readonly [string, PoolView]> = ORDER.flatMap((name) => {
  const preset = PRESETS[name];
  return poolViews(preset).map((v, i) =>
    [preset.pools.length === 1 ? name : `${name}, pool ${preset.pools[i]!.name}`, v] as const,
  );
});

function versionsBesides(current: string): string[] {
  const versions = new Set(PRESET_NAMES.map((n) => PRESETS[n].version));
  versions.delete(current);
  return [...versions];
}
