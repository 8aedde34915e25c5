import { lazy, Suspense } from 'react';
import { LIMITS } from '../../model/topology';
import { useStore } from '../../state/useStore';
import { ClampedNumberField } from './ClampedNumberField';

// The pools editor (names, node counts, order) loads right after the first paint.
const PoolsEditor = lazy(() => import('./PoolsEditor').then((m) => ({ default: m.PoolsEditor })));

/** Topology: the node pools (editor) and pods per node (cluster-wide). */
export function SizeControls() {
  const pods = useStore((s) => s.podsPerNode);
  const setPods = useStore((s) => s.setPodsPerNode);
  const { min, max } = LIMITS.pods;
  return (
    <fieldset className="group" data-group="topology">
      <legend>Topology</legend>
      <Suspense fallback={<p className="muted">Loading the pools editor…</p>}>
        <PoolsEditor />
      </Suspense>
      <ClampedNumberField
        id="ctl-size-pods"
        label={`Pods per node (${min}–${max})`}
        value={pods}
        min={min}
        max={max}
        onValue={setPods}
      />
    </fieldset>
  );
}
