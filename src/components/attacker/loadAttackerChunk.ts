/** Loads the attacker view's on-demand chunk; the module loader keeps it, so every call after the first is free. */
export const loadAttackerChunk = () => import('./attackerChunk');
