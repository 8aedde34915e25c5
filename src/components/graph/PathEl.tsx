import { memo, useMemo } from 'react';
import type { Detail } from '../../layout/detail';
import type { Layout } from '../../layout/layout';
import { routeFor } from '../../layout/routes';
import { PATH_SPECS } from '../../model/paths';
import type { Route } from '../../model/route';
import type { PathInstance } from '../../model/topology';
import type { PathState } from '../../model/types';
import { selectExposed, selectIsPathSelected, selectPathChange, selectPathRoute, selectPathState } from '../../state/selectors';
import { useStore } from '../../state/useStore';
import { CHANGE_MARKS } from '../review/changeMarks';
import { ExposureBadge, ExposureCasing, exposedAttr, useExposureWords } from '../attacker/ExposureMarks';

const ROUTE_WORDS: Readonly<Record<Route, string>> = {
  direct: '',
  konnectivity: ', through the Konnectivity tunnel',
  ssh: ', through an SSH tunnel',
};

/** Accessible name: path, node and state, e.g. "apiserver → kubelet :10250 on node-2: unverified". */
function pathLabel(p: PathInstance, state: PathState, route: Route, target?: string): string {
  const where = p.nodeName ? ` on ${p.nodeName}` : target ? ` to ${target}` : '';
  return `${PATH_SPECS[p.id].label}${where}: ${state}${ROUTE_WORDS[route]}`;
}

interface Props {
  readonly p: PathInstance;
  readonly layout: Layout;
  readonly detail: Detail;
  readonly glyphs: boolean;
  readonly target?: string;
}

/**
 * One path instance. It subscribes to its own kind's state and route (primitives), so a toggle
 * re-renders only the paths whose state or route changed; geometry is memoised per layout.
 */
export const PathEl = memo(function PathEl({ p, layout, detail, glyphs, target }: Props) {
  const state = useStore(useMemo(() => selectPathState(p.id), [p.id]));
  const route = useStore(useMemo(() => selectPathRoute(p.id), [p.id]));
  const selected = useStore(useMemo(() => selectIsPathSelected(p.key), [p.key]));
  // Compare overlay: a primitive per path kind, null when not comparing.
  const change = useStore(useMemo(() => selectPathChange(p.id), [p.id]));
  // Attacker view: can the picked position exploit this instance (null: nobody picked).
  const exposure = useStore(useMemo(() => selectExposed(p.id, p.pool), [p.id, p.pool]));
  const exposureWords = useExposureWords(exposure);
  const geo = useMemo(() => routeFor(layout, p, route), [layout, p, route]);
  const arrow = detail !== 'low' && state !== 'disabled';
  const g = 11 * Math.max(layout.scale, 0.6);
  return (
    <>
      <ExposureCasing d={geo.d} mark={exposure} />
      <path
        d={geo.d}
        className="kp-path"
        data-path={p.id}
        data-state={state}
        data-node={p.nodeName}
        data-nav={p.nodeName}
        data-route={route}
        data-key={p.key}
        data-selected={selected ? 'true' : undefined}
        data-change={change ?? undefined}
        data-exposed={exposedAttr(exposure)}
        tabIndex={p.nodeName ? -1 : 0}
        role="button"
        aria-pressed={selected}
        aria-label={pathLabel(p, state, route, target) + (change && change !== 'unchanged' ? ` (${change})` : '') + exposureWords}
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
      {change && change !== 'unchanged' && (
        <text className="kp-change-mark" data-change={change} x={geo.glyph.x + g} y={geo.glyph.y - g * 0.6} aria-hidden="true">
          {CHANGE_MARKS[change]}
        </text>
      )}
    </>
  );
});
