import { POSITION_SPECS, type Position } from '../../model/attackers';
import { selectAttacker, type ExposureMark } from '../../state/selectors';
import { useStore } from '../../state/useStore';
import './marks.css';

/** The path element's attribute: "true" or "false" while a position is picked, absent otherwise. */
export const exposedAttr = (mark: ExposureMark | null): string | undefined =>
  mark === null ? undefined : String(mark !== 'cannot');

/**
 * The attacker view's channel on a path the picked position can exploit: a halo under the path
 * (drawn before it, so colour, dash and glyph stay on top) and a badge with the position's glyph.
 * Dashed halo and hollow badge: `link` on a trusted network, which would exploit it on an untrusted one.
 * Neither subscribes to the store unless its path is exposed (thousands of paths are drawn).
 */
export function ExposureCasing({
  d,
  mark,
}: {
  readonly d: string;
  readonly mark: ExposureMark | null;
}) {
  if (mark !== 'can' && mark !== 'could') return null;
  return (
    <path d={d} className="kp-exposed-casing" data-present={mark === 'can'} aria-hidden="true" />
  );
}

interface BadgeProps {
  readonly mark: ExposureMark | null;
  readonly at: { readonly x: number; readonly y: number };
  readonly size: number;
}

/** The badge right above an exposed path's state glyph (glyphs of neighbouring paths sit side by side). */
export function ExposureBadge(props: BadgeProps) {
  return props.mark === 'can' || props.mark === 'could' ? <Badge {...props} /> : null;
}

function Badge({ mark, at, size }: BadgeProps) {
  const attacker = useStore(selectAttacker);
  if (!attacker) return null;
  const r = size * 0.72;
  return (
    <g
      className="kp-exposed-badge"
      data-present={mark === 'can'}
      transform={`translate(${at.x} ${at.y - size - r * 0.9})`}
      aria-hidden="true"
    >
      <circle r={r} />
      <text fontSize={r * 1.25} dy="0.36em">
        {POSITION_SPECS[attacker].glyph}
      </text>
    </g>
  );
}

const CAN: Readonly<Record<ExposureMark, string>> = {
  can: 'can',
  could: 'could, on an untrusted network,',
  cannot: 'cannot',
};

/** What a path's accessible name adds in the attacker view: " (a compromised pod can exploit this)". */
export function useExposureWords(mark: ExposureMark | null): string {
  const attacker: Position | null = useStore(selectAttacker);
  return mark === null || attacker === null
    ? ''
    : ` (${POSITION_SPECS[attacker].subject} ${CAN[mark]} exploit this)`;
}
