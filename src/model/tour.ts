/**
 * What a workshop tour is, and how a step's scenario is built. The shipped tours themselves (their
 * narration is most of their size) live in tours.ts, which the page loads only when a tour is
 * picked or a link names one: the URL codec and the store take the catalogue as a value.
 */
import type { Position } from './attackers';
import { parseTarget, setKey, type ConfigKey, type ConfigValue } from './config';
import { withPoolSizes, type PoolSize } from './pools';
import { PRESETS, type PresetName } from './presets';
import type { Config, PathId, PathState } from './types';

/** A key as a tour writes it: a config key, or `pools.NAME.kubelet.X` for one pool. */
export type TourKey = ConfigKey | `pools.${string}.kubelet.${string}`;

/** The scenario of a tour step: a preset, optionally its pools, with some keys changed. */
export interface TourScenario {
  readonly preset: PresetName;
  /** The node pools (names and counts), when the step is about pools. */
  readonly pools?: readonly PoolSize[];
  readonly set?: Readonly<Partial<Record<TourKey, ConfigValue>>>;
}

/** "Predict before you reveal": a question about one path's state in the step's scenario. */
export interface TourPredict {
  readonly question: string;
  readonly path: PathId;
  /** The pool whose instance the question is about (scenarios of several pools). */
  readonly pool?: string;
  readonly choices: readonly PathState[];
  readonly answer: PathState;
}

/** One step of a guided tour. */
export interface TourStep {
  readonly title: string;
  readonly narration: string;
  readonly scenario: TourScenario;
  readonly highlight?: PathId;
  /** The pool of the highlighted instance (scenarios of several pools). */
  readonly highlightPool?: string;
  /**
   * Path states the narration claims, by path kind (every pool) or `id@pool`; tours.test.ts
   * checks them against the rules engine.
   */
  readonly expect: Readonly<Partial<Record<PathId | `${PathId}@${string}`, PathState>>>;
  readonly predict?: TourPredict;
  /** The attacker position the step looks from (the page picks it). */
  readonly attacker?: Position;
  /** The path kinds the narration says that attacker can exploit; checked in tours.test.ts. */
  readonly exposed?: readonly PathId[];
}

/** A workshop tour, stepped with ←/→. */
export interface Tour {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly steps: readonly TourStep[];
}

/** A tour of `tours` by id. */
export function tourById(tours: readonly Tour[], id: string): Tour | undefined {
  return tours.find((t) => t.id === id);
}

/** The config a step shows: its preset, its pools, then its `set` keys (a bad key is a bug). */
export function stepConfig(step: TourStep): Config {
  const base = PRESETS[step.scenario.preset];
  const start = step.scenario.pools ? withPoolSizes(base, step.scenario.pools) : base;
  return Object.entries(step.scenario.set ?? {}).reduce<Config>((c, [k, v]) => {
    const t = parseTarget(k);
    if (!t.ok) throw new Error(`tour key ${k}: ${t.error}`);
    return setKey(c, t.value.key, v as ConfigValue, t.value.pool);
  }, start);
}
