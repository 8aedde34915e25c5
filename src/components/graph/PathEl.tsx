import { memo, useMemo } from 'react';
import type { Detail } from '../../layout/detail';
import type { Layout } from '../../layout/layout';
import { routeFor } from '../../layout/routes';
import { PATH_SPECS } from '../../model/paths';
import type { PathInstance } from '../../model/topology';
import {
  selectExposed,
  selectIsMasked,
  selectIsPathSelected,
  selectPathChange,
  selectPathState,
} from '../../state/selectors';
import { useStore } from '../../state/useStore';
import { CHANGE_MARKS } from '../review/changeMarks';
import { ExposureBadge, ExposureCasing, exposedAttr, useExposureWords } from '../attacker/ExposureMarks';

const ROUTE_WORDS = {
  direct: '',
  konnectivity: ', through the Konnectivity tunnel',
  ssh: ', through an SSH tunnel',
} as const;

/** Where an instance is: "on pool legacy (250 nodes)", or nothing for the control plane's own path. */
function where(p: PathInstance, nodes: number): string {
  return p.poolName === undefined
    ? ''
    : ` on pool ${p.poolName} (${nodes} node${nodes === 1 ? '' : 's'})`;
}

interface Props {
  readonly p: PathInstance;
  readonly layout: Layout;
  readonly detail: Detail;
  /** Draw the state glyph (there is room for it at this zoom). */
  readonly glyphs: boolean;
}

/**
 * One path instance: one <path> per path kind and pool that carries `data-path`, `data-pool` and
 * `data-state` (other channels add their own attributes to it), its state glyph and compare mark
 * beside it in the instance's group. It subscribes to its own instance's state (a primitive), so a
 * toggle re-renders only the instances whose state changed; geometry is memoised per layout.
 * While a predict question is open, a masked instance shows no trace of its state anywhere.
 */
export const PathEl = memo(function PathEl({ p, layout, detail, glyphs }: Props) {
  const real = useStore(useMemo(() => selectPathState(p.id, p.pool ?? 0), [p.id, p.pool]));
  const masked = useStore(useMemo(() => selectIsMasked(p.key), [p.key]));
  const selected = useStore(useMemo(() => selectIsPathSelected(p.key), [p.key]));
  const rawChange = useStore(useMemo(() => selectPathChange(p.id, p.pool ?? 0), [p.id, p.pool]));
  // Attacker view: can the picked position exploit this instance (null: nobody picked, or masked).
  const exposure = useStore(useMemo(() => selectExposed(p.id, p.pool), [p.id, p.pool]));
  const exposureWords = useExposureWords(exposure);
  const geo = useMemo(() => routeFor(layout, p), [layout, p]);
  const state = masked ? 'masked' : real;
  const change = masked || rawChange === 'unchanged' ? null : rawChange;
  const nodes = p.pool === undefined ? 0 : (layout.cards[p.pool]?.nodes ?? 0);
  const lane = layout.laneOf.get(p.id);
  const riding =
    lane !== undefined && layout.lanes[lane]!.bundle === 'tunnel' && PATH_SPECS[p.id].egress;
  const route = riding ? layout.route : 'direct';
  const arrow = detail !== 'low' && state !== 'disabled';
  const g = layout.glyph / 2;
  const label = `${PATH_SPECS[p.id].label}${where(p, nodes)}: ${masked ? 'hidden until the question is answered' : state}${ROUTE_WORDS[route]}${change ? ` (${change})` : ''}${exposureWords}`;
  return (
    <g className="kp-instance">
      <ExposureCasing d={geo.d} mark={exposure} />
      <path
        d={geo.d}
        className="kp-path"
        data-path={p.id}
        data-pool={p.poolName}
        data-state={state}
        data-nav={p.poolName}
        data-route={route}
        data-key={p.key}
        data-selected={selected ? 'true' : undefined}
        data-change={change ?? (rawChange && !masked ? rawChange : undefined)}
        data-exposed={exposedAttr(exposure)}
        tabIndex={p.poolName ? -1 : 0}
        role="button"
        aria-pressed={selected}
        aria-label={label}
        markerEnd={arrow ? `url(#kp-arrow-${state})` : undefined}
      />
      {glyphs && state !== 'disabled' && (
        <use
          href={`#kp-glyph-${state}`}
          className="kp-glyph"
          data-state={state}
          x={geo.glyph.x - g}
          y={geo.glyph.y - g}
          width={2 * g}
          height={2 * g}
          aria-hidden="true"
        />
      )}
      {glyphs && <ExposureBadge mark={exposure} at={geo.glyph} size={g} />}
      {change && (
        <text
          className="kp-change-mark"
          data-change={change}
          x={geo.glyph.x + g + 1}
          y={geo.glyph.y - g * 0.3}
          aria-hidden="true"
        >
          {CHANGE_MARKS[change]}
        </text>
      )}
    </g>
  );
});
