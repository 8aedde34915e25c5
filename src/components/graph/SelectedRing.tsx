import type { Box } from '../../layout/geometry';
import { resolveEnd, type Layout } from '../../layout/layout';
import { useStore } from '../../state/useStore';

/** A ring around a box, 5 units out. */
export const halo = (b: Box, cls: string, key: string) => (
  <rect
    key={key}
    className={cls}
    x={b.x - 5}
    y={b.y - 5}
    width={b.w + 10}
    height={b.h + 10}
    rx={10}
  />
);

/** A lasting ring around the selected component (selected paths mark themselves). */
export function SelectedRing({ layout }: { layout: Layout }) {
  const id = useStore((s) => (s.selection?.kind === 'component' ? s.selection.id : null));
  const b = id ? resolveEnd(layout, id) : undefined;
  if (!id || !b) return null;
  return (
    <g
      className="kp-hl"
      aria-hidden="true"
      data-testid="selected-ring"
      data-selected-component={id}
    >
      {halo(b, 'kp-hl-selected', 'sel')}
    </g>
  );
}
