import { POSITION_SPECS } from '../../model/attackers';
import { selectAttacker, selectAttackerPresent } from '../../state/selectors';
import { useStore } from '../../state/useStore';
import './marks.css';

/**
 * The attacker view's channel on a path the picked position can exploit: a halo under the path
 * (drawn before it, so colour, dash and glyph stay on top) and a badge with the position's glyph.
 * Dashed halo and hollow badge: `link` on a trusted network, which would exploit it on an untrusted one.
 */
export function ExposureCasing({
  d,
  exposed,
}: {
  readonly d: string;
  readonly exposed: boolean | null;
}) {
  const present = useStore(selectAttackerPresent);
  if (!exposed) return null;
  return <path d={d} className="kp-exposed-casing" data-present={present} aria-hidden="true" />;
}

/** The badge beside an exposed path's state glyph. */
export function ExposureBadge({
  exposed,
  at,
  size,
}: {
  readonly exposed: boolean | null;
  readonly at: { readonly x: number; readonly y: number };
  readonly size: number;
}) {
  const attacker = useStore(selectAttacker);
  const present = useStore(selectAttackerPresent);
  if (!exposed || !attacker) return null;
  // Right above the state glyph: glyphs of neighbouring paths sit side by side.
  const r = size * 0.72;
  return (
    <g
      className="kp-exposed-badge"
      data-present={present}
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

/** What a path's accessible name adds in the attacker view: " (a compromised pod can exploit this)". */
export function useExposureWords(exposed: boolean | null): string {
  const attacker = useStore(selectAttacker);
  const present = useStore(selectAttackerPresent);
  if (exposed === null || attacker === null) return '';
  const can = !exposed ? 'cannot' : present ? 'can' : 'could, on an untrusted network,';
  return ` (${POSITION_SPECS[attacker].subject} ${can} exploit this)`;
}
