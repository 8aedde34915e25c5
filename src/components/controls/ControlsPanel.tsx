import { lazy, Suspense } from 'react';
import { CONFIG_KEYS, KEY_SPECS, type KeyGroup } from '../../model/config';
import { selectCanUndo, selectPoolSizes } from '../../state/selectors';
import { useStore } from '../../state/useStore';
import { KeyControl } from './KeyControl';
import { PresetPicker } from './PresetPicker';
import { SizeControls } from './SizeControls';

// The pool choice of the kubelet controls: only a scenario of several pools needs it.
const KubeletScope = lazy(() =>
  import('./KubeletScope').then((m) => ({ default: m.KubeletScope })),
);

const GROUPS: ReadonlyArray<readonly [KeyGroup, string]> = [
  ['cluster', 'Cluster and network'],
  ['apiserver', 'API server (kube-apiserver)'],
  ['kubelet', 'kubelet (every node)'],
  ['konnectivity', 'Konnectivity (apiserver-network-proxy)'],
  ['pods', 'Pods'],
];

/** Every config key as a labelled control, grouped by component (issue 3 §3). */
export function ControlsPanel() {
  const canUndo = useStore(selectCanUndo);
  const undo = useStore((s) => s.undoReplace);
  const pooled = useStore((s) => selectPoolSizes(s).length > 1);
  return (
    <form
      className="controls"
      aria-labelledby="controls-title"
      onSubmit={(e) => e.preventDefault()}
    >
      <div className="panel-title-row">
        <h2 id="controls-title" className="panel-title">
          Configuration
        </h2>
        {canUndo ? (
          <button type="button" className="button-small" onClick={undo}>
            Undo last preset or fix
          </button>
        ) : null}
      </div>
      <PresetPicker />
      <SizeControls />
      {GROUPS.map(([group, title]) => (
        <fieldset key={group} className="group" data-group={group}>
          <legend>{group === 'kubelet' && pooled ? 'kubelet (per pool)' : title}</legend>
          {group === 'kubelet' && pooled ? (
            <Suspense fallback={null}>
              <KubeletScope />
            </Suspense>
          ) : null}
          {CONFIG_KEYS.filter((k) => KEY_SPECS[k].group === group).map((k) => (
            <KeyControl key={k} k={k} />
          ))}
        </fieldset>
      ))}
    </form>
  );
}
