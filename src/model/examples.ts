import { CONFIG_KEYS, formatValue, setKey } from './config';
import { DEFAULT_PRESET, PRESET_NAMES, PRESETS } from './presets';
import { applyChanges, candidateChanges, candidateValues, forEachChangeSet } from './search';
import type { Config } from './types';

/** A configuration that shows something, and how to say which one it is. */
export interface Example {
  readonly config: Config;
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
export function exampleWhere(holds: (c: Config) => boolean, what: string): Example {
  for (const name of ORDER) {
    if (holds(PRESETS[name])) return { config: PRESETS[name], label: name };
  }
  for (const name of ORDER) {
    const base = PRESETS[name];
    // Every key, facts included (the version decides whether SSH tunnel flags exist).
    for (const key of CONFIG_KEYS) {
      for (const value of key === 'version'
        ? versionsBesides(base.version)
        : candidateValues(base, key)) {
        const config = setKey(base, key, value);
        if (holds(config)) return { config, label: `${name} with ${key}=${formatValue(value)}` };
      }
    }
  }
  for (const name of ORDER) {
    const base = PRESETS[name];
    let found: Example | undefined;
    forEachChangeSet(candidateChanges(base), 2, (set) => {
      const config = applyChanges(base, set);
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

const ORDER = [DEFAULT_PRESET, ...PRESET_NAMES.filter((n) => n !== DEFAULT_PRESET)];

function versionsBesides(current: string): string[] {
  const versions = new Set(PRESET_NAMES.map((n) => PRESETS[n].version));
  versions.delete(current);
  return [...versions];
}
