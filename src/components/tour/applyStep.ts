import { stepConfig, type Tour } from '../../model/tours';
import { firstInstanceKey } from '../../model/urlCodec';
import type { AppStore } from '../../state/store';

/** Shows step `n` (1-based) of a tour: its scenario, its highlighted path, and the step in the URL. */
export function applyTourStep(api: AppStore, tour: Tour, n: number): void {
  const step = tour.steps[n - 1];
  if (!step) return;
  const s = api.getState();
  const config = stepConfig(step);
  s.replaceConfig(config, 'tour');
  s.select(step.highlight ? { kind: 'path', id: step.highlight, key: firstInstanceKey(step.highlight) } : null);
  s.setTour({ id: tour.id, step: n });
  // A step seen from an attacker position picks it (the picker shows it; others keep the reader's pick).
  if (step.attacker) s.setAttacker(step.attacker);
}
