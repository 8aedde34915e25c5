import { lazy, Suspense } from 'react';
import { selectAttacker } from '../../state/selectors';
import { useStore } from '../../state/useStore';
import { loadAttackerChunk } from './loadAttackerChunk';

const AttackerLegendLine = lazy(() =>
  loadAttackerChunk().then((m) => ({ default: m.AttackerLegendLine })),
);

/** The legend's line for the attacker view, while a position is picked (it loads with the view). */
export function AttackerLegend() {
  const attacker = useStore(selectAttacker);
  return attacker ? (
    <Suspense fallback={null}>
      <AttackerLegendLine position={attacker} />
    </Suspense>
  ) : null;
}
