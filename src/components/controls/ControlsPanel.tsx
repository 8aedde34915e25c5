/** Every config key as a labelled control, grouped by component (issue 3). Placeholder. */
export function ControlsPanel() {
  return null;
}
