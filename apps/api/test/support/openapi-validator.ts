import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { isValidUscc } from '@pioneer/engine';
import { loadOpenApiDocument } from '../../src/docs';

/**
 * Checks response bodies against the generated OpenAPI document's schemas, so the document and
 * the API cannot drift apart unnoticed.
 */
export function openApiValidator() {
  const document = loadOpenApiDocument();
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addFormat('uscc', { type: 'string', validate: isValidUscc });
  ajv.addSchema(document as object, 'openapi.json');
  return {
    document,
    /** The problems of `value` against `#/components/schemas/<name>`, as text; empty when it conforms. */
    problems(name: string, value: unknown): string[] {
      const validate = ajv.getSchema(`openapi.json#/components/schemas/${name}`);
      if (!validate) return [`no schema ${name} in the document`];
      return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
    },
  };
}
