import type { CodegenIR, Emitter, GeneratedFile } from '../../ir/ir.types';
import { bannerText } from '../../pipeline/banner';
import { attachmentPaths } from './attachment-paths';
import { bulkApprovalPaths, bulkApprovalSchemas } from './bulk-approval-paths';
import { exportJobPaths, exportJobSchemas } from './export-job-paths';
import { APPLICATION_STATUSES, commonSchemas, errorResponses, ref, SORTABLE } from './common-schemas';
import { districtPaths, districtSchemas } from './district-paths';
import { lifecyclePaths, lifecycleSchemas } from './lifecycle-paths';
import { identityPaths, identitySchemas } from './identity-paths';
import { commonParameters, measurePaths, measureSchemaNames, recordSchemas } from './measure-paths';
import { openApiSchema, withoutRequired } from './schema-for-openapi.util';
import { studioPaths } from './studio-paths';

/** The OpenAPI document's path (JSON holds no comment: the banner is `info['x-generated']`). */
export const OPENAPI_FILE = 'libs/contracts/src/generated/openapi.gen.json';

type Json = Record<string, unknown>;

/** The catalogue, clock and health routes, written by hand in the API, described here once. */
function handWrittenPaths(): Record<string, Json> {
  return {
    '/api/measures': {
      get: {
        operationId: 'listMeasures',
        tags: ['catalogue'],
        summary: 'Every measure of every policy',
        security: [],
        responses: { '200': { description: 'The catalogue.', content: { 'application/json': { schema: { type: 'array', items: ref('MeasureCatalogueEntry') } } } } },
      },
    },
    '/api/clock': {
      get: {
        operationId: 'clock',
        tags: ['catalogue'],
        summary: "The API's calendar day (Beijing time), which decisions and estimates are made on",
        security: [],
        responses: { '200': { description: 'Today.', content: { 'application/json': { schema: { type: 'object', required: ['today'], properties: { today: { type: 'string', format: 'date' } } } } } } },
      },
    },
    '/api/health': {
      get: {
        operationId: 'health',
        tags: ['catalogue'],
        summary: 'Liveness and database check',
        security: [],
        responses: { '200': { description: 'Up.', content: { 'application/json': { schema: ref('Health') } } }, '503': { $ref: '#/components/responses/InternalError' } },
      },
    },
    ...identityPaths(),
    ...attachmentPaths(),
    ...studioPaths(),
  };
}

/** Builds the OpenAPI 3.1 document for every measure with a form. */
export function buildOpenApi(ir: CodegenIR): Json {
  const measures = ir.policies.flatMap((p) => p.measures.filter((m) => m.hasForm));
  const schemas: Record<string, Json> = { ...commonSchemas(), ...identitySchemas(), ...lifecycleSchemas(), ...bulkApprovalSchemas(), ...exportJobSchemas(), ...districtSchemas() };
  const paths: Record<string, Json> = { ...handWrittenPaths(), ...lifecyclePaths(), ...bulkApprovalPaths(), ...exportJobPaths(), ...districtPaths() };
  for (const m of measures) {
    const names = measureSchemaNames(m);
    const form = openApiSchema(m.schema);
    schemas[names.form] = form;
    schemas[names.draft] = { ...withoutRequired(form), title: names.draft, description: `A draft of ${names.form}: any field may be missing until submission.` };
    Object.assign(schemas, recordSchemas(m));
    Object.assign(paths, measurePaths(m));
  }
  const sources = ir.policies.flatMap((p) => p.measures.map((m) => m.sourceFile));
  return {
    openapi: '3.1.0',
    info: {
      title: 'Pioneer API',
      version: '1.0.0',
      description:
        'Applications to subsidy measures, one resource per measure. Money is integer fen; texts are {"zh-CN", "en"}. Errors share one body: statusCode, a machine code, a bilingual message saying what to do next, and issues located by JSON pointer.',
      'x-generated': bannerText(sources),
    },
    servers: [{ url: '/' }],
    security: [{ bearerAuth: [] }],
    tags: [
      { name: 'catalogue', description: 'Measures and health' },
      { name: 'lifecycle', description: 'Review, approval against the annual budgets, payment, withdrawal, audit' },
      { name: 'auth', description: 'Sign-in, refresh, sign-out, registration' },
      { name: 'organisations', description: 'The organisation registry' },
      { name: 'users', description: 'Users and their roles' },
      { name: 'api-keys', description: "District portals' API keys" },
      { name: 'attachments', description: 'Evidence files: upload, download' },
      { name: 'district', description: "District statistics and clause 十 co-funding (a district's share of an award)" },
      { name: 'studio', description: 'The measure studio (admins; development or PIONEER_STUDIO=1): check, try, test, what-if, publish' },
      ...measures.map((m) => ({ name: m.names.code, description: `${m.name['zh-CN']} · ${m.name.en} (${m.policy}, clause ${m.clause})` })),
    ],
    paths,
    components: {
      securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', description: 'An access token from /api/auth/sign-in, a district API key, or a service token from PIONEER_TOKENS (demo: admin-demo, reviewer-demo, applicant-demo).' } },
      parameters: commonParameters(APPLICATION_STATUSES, SORTABLE),
      responses: errorResponses(),
      schemas,
    },
  };
}

/** `JSON.stringify(…, null, 2)` is already the layout prettier gives JSON, so prettier is skipped (a large file). */
function emitDocument(ir: CodegenIR): GeneratedFile {
  return { path: OPENAPI_FILE, content: `${JSON.stringify(buildOpenApi(ir), null, 2)}\n`, formatted: true };
}

/** The OpenAPI 3.1 document, served by the API at /api/docs. */
export const openApiEmitter: Emitter = {
  name: 'openapi',
  outputs: [],
  emit: (ir) => [emitDocument(ir)],
};
