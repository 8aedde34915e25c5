import { lazy, useState } from 'react';
import { controlsShown, PHONE_QUERY, type ControlsState } from './ControlsToggle';
import { LazyPanel } from './LazyPanel';
import { PanelBoundary } from './PanelBoundary';
import { useHydrated } from './useHydrated';
import { useMediaQuery } from './useMediaQuery';

/** The configuration's code (and the import panel's): fetched when first shown, or pointed at. */
export const loadControls = () => Promise.all([import('./controls/ControlsPanel'), import('./import/ImportPanel')]);

const ControlsPanel = lazy(() => loadControls().then(([m]) => ({ default: m.ControlsPanel })));
const ImportPanel = lazy(() => loadControls().then(([, m]) => ({ default: m.ImportPanel })));

/**
 * What the configuration column holds: the configuration, then the import panel. They mount the
 * first time the column shows and stay (their drafts survive folding it): right after the first
 * paint on wide screens, only once opened on phones, where the column starts folded. The
 * prerendered page has their loading lines.
 */
export function ControlsColumn({ state }: { readonly state: ControlsState }) {
  const hydrated = useHydrated();
  const shown = controlsShown(state, useMediaQuery(PHONE_QUERY));
  const [mounted, setMounted] = useState(false);
  if (hydrated && shown && !mounted) setMounted(true);
  if (hydrated && !shown && !mounted) return null;
  return (
    <>
      <PanelBoundary name="controls">
        <LazyPanel fallback={<p className="muted">Loading the configuration…</p>}>
          <ControlsPanel />
        </LazyPanel>
      </PanelBoundary>
      <PanelBoundary name="import">
        <LazyPanel fallback={<p className="muted">Loading the import panel…</p>}>
          <ImportPanel />
        </LazyPanel>
      </PanelBoundary>
    </>
  );
}
