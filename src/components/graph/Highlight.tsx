import { useMemo } from 'react';
import { resolveEnd, type Layout } from '../../layout/layout';
import { routeFor } from '../../layout/routes';
import { statesOf } from '../../model/derive';
import type { PathInstance } from '../../model/topology';
import { selectConfig, selectHovered, selectPredictMask } from '../../state/selectors';
import { useStore } from '../../state/useStore';
import { halo } from './SelectedRing';

/**
 * The one layer that changes on hover/focus: the hovered path's kind in every pool drawn again
 * over the dimmed diagram (each in its own state, or masked), the hovered instance on a casing
 * with its two ends haloed; or a halo over a hovered component. Paths never re-render on hover.
 */
export function Highlight({ layout, paths }: { layout: Layout; paths: readonly PathInstance[] }) {
  const hovered = useStore(selectHovered);
  const config = useStore(selectConfig);
  const mask = useStore(selectPredictMask);
  const p = useMemo(
    () => (hovered ? paths.find((x) => x.key === hovered) : undefined),
    [hovered, paths],
  );
  const kind = useMemo(() => (p ? paths.filter((x) => x.id === p.id) : []), [p, paths]);
  const drawn = useMemo(() => kind.map((x) => ({ x, d: routeFor(layout, x).d })), [kind, layout]);
  if (!hovered) return null;
  if (p) {
    const states = statesOf(config);
    const stateOf = (x: PathInstance) =>
      mask?.keys.has(x.key) ? 'masked' : (states[x.pool ?? 0]?.[x.id] ?? 'disabled');
    const from = resolveEnd(layout, p.from);
    const to = resolveEnd(layout, p.to);
    return (
      <g
        className="kp-hl kp-hl-hover"
        aria-hidden="true"
        data-testid="highlight"
        data-highlight={p.key}
        data-highlight-kind={p.id}
      >
        {from && halo(from, 'kp-hl-end', 'from')}
        {to && halo(to, 'kp-hl-end', 'to')}
        {drawn.map(({ x, d }) => (
          <g key={x.key} className="kp-hl-kind">
            {x.key === p.key && <path className="kp-hl-casing" d={d} />}
            <path
              className={`kp-path kp-hl-path${x.key === p.key ? ' kp-hl-this' : ''}`}
              data-state={stateOf(x)}
              data-hl-key={x.key}
              d={d}
            />
          </g>
        ))}
      </g>
    );
  }
  const b = resolveEnd(layout, hovered);
  if (!b) return null;
  return (
    <g
      className="kp-hl kp-hl-hover"
      aria-hidden="true"
      data-testid="highlight"
      data-highlight={hovered}
    >
      {halo(b, 'kp-hl-end', 'c')}
    </g>
  );
}
