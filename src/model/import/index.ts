/** The importer's public surface: read real cluster files into a config with provenance. */
export { importFiles } from './importFiles';
export { MAX_INPUT } from './readFile';
export type { ImportError, ImportInput, ImportResult, ImportSuccess, ImportWarning, ImportedFile, Provenance } from './types';
