import { useMemo } from 'react';
import type { Box } from '../../layout/geometry';
import { resolveEnd, type Layout } from '../../layout/layout';
import { routeFor } from '../../layout/routes';
import { statesOf } from '../../model/derive';
import { routeOf } from '../../model/route';
import type { PathInstance } from '../../model/topology';
import { selectHovered } from '../../state/selectors';
import { useStore } from '../../state/useStore';

const halo = (b: Box, cls: string, key: string) => (
  <rect key={key} className={cls} x={b.x - 5} y={b.y - 5} width={b.w + 10} height={b.h + 10} rx={10} />
);

/**
 * The one element that changes on hover/focus: a halo over the hovered path and its two ends (or
 * over a hovered component). Paths themselves never re-render on hover.
 */
/** A lasting ring around the selected component (selected paths mark themselves). */
export function SelectedRing({ layout }: { layout: Layout }) {
  const id = useStore((s) => (s.selection?.kind === 'component' ? s.selection.id : null));
  const b = id ? resolveEnd(layout, id) : undefined;
  if (!id || !b) return null;
  return (
    <g className="kp-hl" aria-hidden="true" data-testid="selected-ring" data-selected-component={id}>
      {halo(b, 'kp-hl-selected', 'sel')}
    </g>
  );
}

export function Highlight({ layout, byKey }: { layout: Layout; byKey: ReadonlyMap<string, PathInstance> }) {
  const hovered = useStore(selectHovered);
  const p = hovered ? byKey.get(hovered) : undefined;
  const route = useStore((s) => (p ? routeOf(p.id, s.config) : 'direct'));
  const state = useStore((s) => (p ? statesOf(s.config)[p.pool ?? 0]?.[p.id] : undefined));
  const d = useMemo(() => (p ? routeFor(layout, p, route).d : null), [layout, p, route]);
  if (!hovered) return null;
  if (p && d) {
    const from = resolveEnd(layout, p.from);
    const to = resolveEnd(layout, p.to);
    return (
      <g className="kp-hl kp-hl-hover" aria-hidden="true" data-testid="highlight" data-highlight={p.key}>
        {from && halo(from, 'kp-hl-end', 'from')}
        {to && halo(to, 'kp-hl-end', 'to')}
        <path className="kp-hl-casing" d={d} />
        <path className="kp-path kp-hl-path" data-state={state} d={d} />
      </g>
    );
  }
  const b = resolveEnd(layout, hovered);
  if (!b) return null;
  return (
    <g className="kp-hl kp-hl-hover" aria-hidden="true" data-testid="highlight" data-highlight={hovered}>
      {halo(b, 'kp-hl-end', 'c')}
    </g>
  );
}
