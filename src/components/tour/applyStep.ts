import { stepConfig, type Tour } from '../../model/tour';
import { instanceKey } from '../../state/instanceKeys';
import type { AppStore } from '../../state/store';

/**
 * Shows step `n` (1-based) of a tour of the catalogue `tours`: its scenario, its highlighted path
 * instance (on the step's pool when it names one, else the first), and the step in the URL. The
 * catalogue goes into the store first, so the step's predict mask is there with its scenario.
 */
export function applyTourStep(api: AppStore, tours: readonly Tour[], tour: Tour, n: number): void {
  const step = tour.steps[n - 1];
  if (!step) return;
  if (api.getState().tours !== tours) api.setState({ tours });
  const s = api.getState();
  const config = stepConfig(step);
  s.replaceConfig(config, 'tour');
  const pool = Math.max(
    0,
    config.pools.findIndex((p) => p.name === step.highlightPool),
  );
  s.select(
    step.highlight
      ? {
          kind: 'path',
          id: step.highlight,
          key: instanceKey(config.pools, { id: step.highlight, pool }),
        }
      : null,
  );
  s.setTour({ id: tour.id, step: n });
  // A step seen from an attacker position picks it (the picker shows it; others keep the reader's pick).
  if (step.attacker) s.setAttacker(step.attacker);
}
