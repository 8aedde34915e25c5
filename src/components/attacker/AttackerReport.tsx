import { lazy, Suspense } from 'react';
import { POSITION_SPECS } from '../../model/attackers';
import { selectAttacker } from '../../state/selectors';
import { useStore } from '../../state/useStore';
import { loadAttackerChunk } from './loadAttackerChunk';

const AttackerSummary = lazy(() =>
  loadAttackerChunk().then((m) => ({ default: m.AttackerSummary })),
);

/** The header row that says what the picked position can do (it loads with the first pick). */
export function AttackerReport() {
  const attacker = useStore(selectAttacker);
  if (!attacker) return null;
  return (
    <div className="attacker-report" data-testid="attacker-report">
      <Suspense
        fallback={
          <p className="muted">Working out what {POSITION_SPECS[attacker].subject} can do…</p>
        }
      >
        <AttackerSummary position={attacker} />
      </Suspense>
    </div>
  );
}
