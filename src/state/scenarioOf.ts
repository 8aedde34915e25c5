import type { UrlState } from '../model/urlCodec';
import type { Store } from './store';

/** The store fields a decoded link sets, shared by the page's URL sync and the embed element. */
export function scenarioOf(
  state: UrlState,
): Pick<Store, 'config' | 'podsPerNode' | 'previous' | 'selection' | 'highContrast' | 'attacker'> {
  return {
    config: state.config,
    podsPerNode: state.pods,
    previous: null,
    selection: state.select ?? null,
    highContrast: state.contrast === 'high',
    attacker: state.attacker ?? null,
  };
}
