import { useMemo } from 'react';
import { positionViews } from '../../model/attackerView';
import { POSITION_SPECS, type Position } from '../../model/attackers';
import { PATH_SPECS } from '../../model/paths';
import { reportOf } from '../../model/reportOf';
import { buildTopology } from '../../model/topology';
import type { PathId } from '../../model/types';
import { selectConfig, selectPodsPerNode, selectPredictMask } from '../../state/selectors';
import { useStore } from '../../state/useStore';
import { WOULD_BE } from './words';

/** Each path kind the position exploits, with the pools it exploits it on (pool indices). */
function exploitedKinds(position: Position, config: ReturnType<typeof selectConfig>) {
  const kinds = new Map<PathId, number[]>();
  for (const p of reportOf(config).paths) {
    if (!p.exposures.some((e) => e.position === position)) continue;
    const pools = kinds.get(p.id) ?? [];
    if (p.poolIndex !== undefined) pools.push(p.poolIndex);
    kinds.set(p.id, pools);
  }
  return [...kinds];
}

/**
 * What the picked position can do in this scenario (positionViews: "A compromised pod can exploit
 * 2 paths on 3 nodes: …"), and a button per path kind it exploits that selects it for the inspector.
 * During a tour question it waits for the answer: its sentence could give the answer away.
 */
export function AttackerSummary({ position }: { readonly position: Position }) {
  const config = useStore(selectConfig);
  const pods = useStore(selectPodsPerNode);
  const masked = useStore(selectPredictMask) !== null;
  const select = useStore((s) => s.select);
  const view = useMemo(
    () => positionViews(config).find((v) => v.position === position)!,
    [config, position],
  );
  const kinds = useMemo(() => exploitedKinds(position, config), [config, position]);
  const multi = config.pools.length > 1;
  if (masked) {
    return (
      <p className="attacker-summary" data-testid="attacker-summary" data-masked="true">
        Answer the question first: what {POSITION_SPECS[position].subject} can exploit shows after
        it.
      </p>
    );
  }
  const show = (id: PathId, pool: number | undefined) => {
    const key = buildTopology(config.pools, pods).paths.find(
      (p) => p.id === id && p.pool === pool,
    )?.key;
    if (key) select({ kind: 'path', id, key });
  };
  return (
    <div
      className="attacker-summary"
      data-testid="attacker-summary"
      data-position={position}
      data-present={view.present}
    >
      <p aria-live="polite">
        {view.summary}
        {view.present ? null : (
          <span className="attacker-potential"> ({WOULD_BE}: the network is marked trusted.)</span>
        )}
      </p>
      {kinds.length > 0 ? (
        <ul
          className="attacker-paths"
          aria-label={`Paths ${POSITION_SPECS[position].subject} can exploit`}
        >
          {kinds.map(([id, pools]) => (
            <li key={id} data-path={id}>
              <button type="button" className="button-small" onClick={() => show(id, pools[0])}>
                {PATH_SPECS[id].label}
                {multi && pools.length > 0
                  ? ` on ${pools.map((i) => config.pools[i]!.name).join(', ')}`
                  : ''}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
