import { create } from 'zustand';
import { subscribeWithSelector } from 'zustand/middleware';
import { setKey, type ConfigKey, type ConfigValue } from '../model/config';
import { DEFAULT_PRESET, PRESETS, type PresetName } from '../model/presets';
import type { Config } from '../model/types';

/** Sources of truth only; assessments are derived from `config` by the model. */
export interface ScenarioSlice {
  readonly config: Config;
  readonly preset: PresetName | null;
  applyPreset(name: PresetName): void;
  setConfigKey(key: ConfigKey, value: ConfigValue): void;
}

export type Store = ScenarioSlice;

/** The app store: the only place with create(). */
export const useStore = create<Store>()(
  subscribeWithSelector((set) => ({
    config: PRESETS[DEFAULT_PRESET],
    preset: DEFAULT_PRESET,
    applyPreset: (name) => set({ config: PRESETS[name], preset: name }),
    setConfigKey: (key, value) => set((s) => ({ config: setKey(s.config, key, value), preset: null })),
  })),
);

export const selectConfig = (s: Store): Config => s.config;
