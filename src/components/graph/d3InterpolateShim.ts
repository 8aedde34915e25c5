/**
 * Stands in for d3-interpolate (aliased in vite.config.ts). d3-zoom imports only interpolateZoom,
 * and calls it only to animate a zoom transition, which the diagram never runs (moves are instant:
 * see d3TransitionShim.ts). The real module would bring all of d3-interpolate and d3-color
 * (colour parsing, registered at load time, so never tree-shaken) into the first-paint bundle.
 */
export function interpolateZoom(): never {
  throw new Error('zoom transitions are not used: the diagram moves instantly');
}
