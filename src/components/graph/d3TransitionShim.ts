/**
 * Stands in for d3-transition (aliased in vite.config.ts). d3-zoom imports it only to interrupt
 * running transitions, and the diagram never animates (moves are instant, which also honours
 * prefers-reduced-motion), so interrupting is a no-op. Saves d3-transition, d3-color, most of
 * d3-interpolate, d3-ease and d3-timer from the initial bundle (about 9 KiB gzip).
 */
import { selection } from 'd3-selection';

/** No transitions run, so there is nothing to interrupt. */
export function interrupt(): void {}

// d3-zoom calls selection.interrupt() before an instant transform; d3-transition adds it.
(selection.prototype as { interrupt?: unknown }).interrupt ??= function (this: unknown) {
  return this;
};
