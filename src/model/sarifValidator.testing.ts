import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import schemaText from '../../vendor/sarif/sarif-schema-2.1.0.json?raw';

// Tests only: the vendored OASIS SARIF 2.1.0 schema (JSON Schema draft-04, see vendor/sarif/).
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(schemaText) as object);

/** Schema violations of a SARIF log, one line each (`/runs/0/results/3 must have ...`); empty when valid. */
export function sarifErrors(log: unknown): string[] {
  if (validate(log)) return [];
  return (validate.errors ?? []).map(
    (e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`,
  );
}
