import type { Tour } from '../model/tour';

/**
 * Loads the tour catalogue, model/tours.ts, in a chunk of its own (the narration is most of its
 * size, and no first paint needs it); the module loader keeps it, so later calls are free.
 */
export const loadTourCatalog = (): Promise<readonly Tour[]> => import('../model/tours').then((m) => m.TOURS);
