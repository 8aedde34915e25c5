/** The importer's public surface: read real cluster files into a config with provenance. */
export { importFiles } from './importFiles';
/** Largest input read (5 MB). */
export { MAX_INPUT } from './readFile';
/** Result, provenance, warning and error types. */
export type {
  ImportError,
  ImportInput,
  ImportOptions,
  ImportedPool,
  PoolSource,
  ImportResult,
  ImportSuccess,
  ImportWarning,
  ImportedFile,
  Provenance,
} from './types';
