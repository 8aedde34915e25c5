import { useMediaQuery } from './useMediaQuery';

/**
 * Whether the configuration column shows: `auto` until the reader toggles it, which is open on
 * wide screens and folded on phones (the diagram comes first there), decided by CSS so the
 * prerendered page is right on both before any script runs.
 */
export type ControlsState = 'auto' | 'open' | 'closed';

/** Phones: one column, the configuration folded by default (layout.css has the same width). */
export const PHONE_QUERY = '(max-width: 760px)';

/** Whether the configuration is showing: what `auto` means on this screen. */
export const controlsShown = (state: ControlsState, phone: boolean): boolean =>
  state === 'open' || (state === 'auto' && !phone);

/** The header's "Configuration" button; it alone follows the screen width, not the whole page. */
export function ControlsToggle({
  state,
  onChange,
  onPointedAt,
}: {
  readonly state: ControlsState;
  onChange(state: ControlsState): void;
  /** Pointed at or focused: a click is likely, fetch what it shows. */
  onPointedAt(): void;
}) {
  const shown = controlsShown(state, useMediaQuery(PHONE_QUERY));
  return (
    <button
      type="button"
      className="toggle controls-toggle"
      aria-expanded={shown}
      aria-controls="app-controls"
      onClick={() => onChange(shown ? 'closed' : 'open')}
      onPointerEnter={onPointedAt}
      onFocus={onPointedAt}
    >
      <span aria-hidden="true">⚙ </span>
      <span className="label-long">Configuration</span>
    </button>
  );
}
