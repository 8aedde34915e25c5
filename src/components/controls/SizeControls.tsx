import { lazy, Suspense, useState } from 'react';
import { LIMITS } from '../../model/topology';
import { useStore } from '../../state/useStore';

// The pools editor (names, node counts, order) loads right after the first paint.
const PoolsEditor = lazy(() => import('./PoolsEditor').then((m) => ({ default: m.PoolsEditor })));

/** Pods per node (cluster-wide), clamped to the topology's limits with a message. */
function PodsInput() {
  const value = useStore((s) => s.podsPerNode);
  const setPods = useStore((s) => s.setPodsPerNode);
  const { min, max } = LIMITS.pods;
  const [typed, setTyped] = useState<{ text: string; msg: string; base: number } | null>(null);
  const draft = typed && typed.base === value ? typed : null;
  const id = 'ctl-size-pods';
  const onChange = (text: string) => {
    const n = Number(text);
    if (text.trim() === '' || !Number.isInteger(n)) {
      setTyped({
        text,
        base: value,
        msg: `Enter a whole number from ${min} to ${max}; ${value} still applies.`,
      });
      return;
    }
    const clamped = Math.min(max, Math.max(min, n));
    setPods(clamped);
    setTyped(
      clamped === n
        ? null
        : { text, base: clamped, msg: `${n} is outside ${min}–${max}: using ${clamped}.` },
    );
  };
  return (
    <div className="control">
      <label htmlFor={id} className="control-label">
        Pods per node ({min}–{max})
      </label>
      <input
        id={id}
        type="number"
        className="input-number"
        min={min}
        max={max}
        step={1}
        value={draft?.text ?? String(value)}
        aria-invalid={draft ? true : undefined}
        aria-describedby={draft ? `${id}-msg` : undefined}
        onChange={(e) => onChange(e.currentTarget.value)}
      />
      {draft ? (
        <p id={`${id}-msg`} className="control-error" role="alert">
          {draft.msg}
        </p>
      ) : null}
    </div>
  );
}

/** Topology: the node pools (editor) and pods per node. */
export function SizeControls() {
  return (
    <fieldset className="group" data-group="topology">
      <legend>Topology</legend>
      <Suspense fallback={<p className="muted">Loading the pools editor…</p>}>
        <PoolsEditor />
      </Suspense>
      <PodsInput />
    </fieldset>
  );
}
