import { stepConfig, type Tour } from '../../model/tours';
import { instanceKey } from '../../model/topology';
import type { AppStore } from '../../state/store';

/** Shows step `n` (1-based) of a tour: its scenario, its highlighted path, and the step in the URL. */
export function applyTourStep(api: AppStore, tour: Tour, n: number): void {
  const step = tour.steps[n - 1];
  if (!step) return;
  const s = api.getState();
  const config = stepConfig(step);
  s.replaceConfig(config, 'tour');
  // The highlighted instance: the step's pool's, or the first pool's.
  const pool = step.highlightPool ?? config.pools[0]!.name;
  s.select(step.highlight ? { kind: 'path', id: step.highlight, key: instanceKey(step.highlight, pool) } : null);
  s.setTour({ id: tour.id, step: n });
}
