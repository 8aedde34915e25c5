import { useState } from 'react';
import { LIMITS } from '../../model/topology';
import { useStore, useStoreApi } from '../../state/useStore';

type What = 'nodes' | 'pods';
const LABEL: Record<What, string> = { nodes: 'Number of nodes', pods: 'Pods per node' };

function SizeInput({ what }: { readonly what: What }) {
  const value = useStore((s) => (what === 'nodes' ? s.config.pools[0]!.nodes : s.podsPerNode));
  const setSize = useStore((s) => s.setSize);
  const store = useStoreApi();
  const { min, max } = LIMITS[what];
  const [typed, setTyped] = useState<{ text: string; msg: string; base: number } | null>(null);
  const draft = typed && typed.base === value ? typed : null;
  const id = `ctl-size-${what}`;
  const apply = (n: number) => {
    const s = store.getState();
    if (what === 'nodes') setSize(n, s.podsPerNode);
    else setSize(s.config.pools[0]!.nodes, n);
  };
  const onChange = (text: string) => {
    const n = Number(text);
    if (text.trim() === '' || !Number.isInteger(n)) {
      setTyped({
        text,
        base: value,
        msg: `Enter a whole number from ${min} to ${max.toLocaleString('en')}; ${value} still applies.`,
      });
      return;
    }
    const clamped = Math.min(max, Math.max(min, n));
    apply(clamped);
    setTyped(
      clamped === n
        ? null
        : {
            text,
            base: clamped,
            msg: `${n} is outside ${min}–${max.toLocaleString('en')}: using ${clamped}.`,
          },
    );
  };
  return (
    <div className="control">
      <label htmlFor={id} className="control-label">
        {LABEL[what]} ({min}–{max.toLocaleString('en')})
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

/** Topology size: nodes and pods per node, clamped to the topology's limits with a message. */
export function SizeControls() {
  return (
    <fieldset className="group">
      <legend>Topology</legend>
      <SizeInput what="nodes" />
      <SizeInput what="pods" />
    </fieldset>
  );
}
