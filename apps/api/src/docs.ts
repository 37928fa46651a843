import { readFileSync } from 'node:fs';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { findUp } from './find-up.util';

/** Where codegen writes the OpenAPI document (libs/contracts, generated from schemas/). */
const DOCUMENT = 'libs/contracts/src/generated/openapi.gen.json';

/** Reads the generated OpenAPI document; PIONEER_OPENAPI_FILE overrides where it is. */
export function loadOpenApiDocument(file = process.env.PIONEER_OPENAPI_FILE ?? findUp(DOCUMENT)): OpenAPIObject {
  if (!file) throw new Error(`${DOCUMENT} not found above ${__dirname}: run npm run generate (or set PIONEER_OPENAPI_FILE)`);
  return JSON.parse(readFileSync(file, 'utf8')) as OpenAPIObject;
}

/** Swagger UI at /api/docs and the document at /api/docs/openapi.json: public, outside the guard. */
export function serveDocs(app: NestFastifyApplication, document = loadOpenApiDocument()): void {
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs/openapi.json', raw: ['json'], customSiteTitle: 'Pioneer API' });
}
