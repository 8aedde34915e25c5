import { selectEditingPool, selectPoolSizes } from '../../state/selectors';
import { useStore } from '../../state/useStore';
import { countOf } from '../../model/count';

const nodes = (n: number) => countOf(n, 'node');

/**
 * Which pool the kubelet controls below edit, with several pools: one pool, or every pool at once
 * (the same choice as the pools editor's; it is view state, not part of the scenario).
 */
export function KubeletScope() {
  const pools = useStore(selectPoolSizes);
  const editing = useStore(selectEditingPool);
  const setEditing = useStore((s) => s.setEditingPool);
  if (pools.length < 2) return null;
  const total = pools.reduce((n, p) => n + p.nodes, 0);
  return (
    <div className="control kubelet-scope" data-testid="kubelet-scope">
      <label htmlFor="ctl-kubelet-scope" className="control-label">
        Kubelet settings for
      </label>
      <select
        id="ctl-kubelet-scope"
        value={editing === null ? '' : pools[editing]!.name}
        aria-describedby="ctl-kubelet-scope-help"
        onChange={(e) => setEditing(e.currentTarget.value === '' ? null : e.currentTarget.value)}
      >
        <option value="">
          every pool ({pools.length} pools, {nodes(total)})
        </option>
        {pools.map((p) => (
          <option key={p.name} value={p.name}>
            pool {p.name} ({nodes(p.nodes)})
          </option>
        ))}
      </select>
      <p id="ctl-kubelet-scope-help" className="control-help">
        {editing === null
          ? 'A change sets every pool; a value the pools do not share is marked ≠.'
          : `A change sets pool ${pools[editing]!.name} only.`}
      </p>
    </div>
  );
}
