import type { ReactNode, RefObject } from 'react';
import { selectTransform } from '../../state/selectors';
import { useStore } from '../../state/useStore';

/**
 * The zoomed <g>. Only this component renders on a committed transform; its children are the
 * same elements as before, so React skips them. d3-zoom writes the attribute during gestures.
 */
export function Viewport({
  gRef,
  children,
}: {
  gRef: RefObject<SVGGElement | null>;
  children: ReactNode;
}) {
  const t = useStore(selectTransform);
  return (
    <g
      ref={gRef}
      className="kp-viewport"
      data-testid="viewport"
      transform={`translate(${t.x},${t.y}) scale(${t.k})`}
    >
      {children}
    </g>
  );
}
