import path from 'node:path';
import type { GeneratedFile, MeasureIR } from '../../ir/ir.types';
import { tsBanner } from '../../pipeline/banner';

/** Where the generated API modules live. */
export const API_GENERATED = 'apps/api/src/generated';

/** The route of a measure's applications, split into the controller's base path and the collection. */
export function measureRoutes(m: MeasureIR): { base: string; applications: string } {
  return { base: path.posix.dirname(m.names.route).replace(/^\//, ''), applications: path.posix.basename(m.names.route) };
}

const quote = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const comment = (text: string) => text.replace(/\*\//g, '* /');

/**
 * One NestJS module per measure with a form: a controller whose every handler is one call into
 * the generic ApplicationsService, with the roles each endpoint admits (APPLICATION_ROLES) and
 * OpenAPI tags and operation ids from the IR's names.
 */
export function emitMeasureModule(m: MeasureIR): GeneratedFile {
  const { base, applications } = measureRoutes(m);
  const { pascal, camel, code } = m.names;
  const op = (name: string, summary: string) => `@ApiOperation({ operationId: ${quote(`${camel}${name}`)}, summary: ${quote(summary)} })`;
  const content = `${tsBanner([m.sourceFile])}
import { Body, Controller, Get, Headers, HttpCode, Module, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { APPLICATION_ROLES, ApplicationsModule, ApplicationsService } from '@pioneer/api-applications';
import { CurrentPrincipal, type Principal, Roles } from '@pioneer/api-core';

const MEASURE = ${quote(code)};

/**
 * ${comment(`${m.name['zh-CN']} · ${m.name.en} (${m.policy}, clause ${m.clause})`)}: the routes under /api/${base}.
 */
@ApiTags(MEASURE)
@ApiBearerAuth()
@Controller(${quote(base)})
export class ${pascal}Controller {
  constructor(private readonly applications: ApplicationsService) {}

  @Post(${quote(applications)})
  @HttpCode(201)
  @Roles(...APPLICATION_ROLES.create)
  ${op('Create', `Create a draft application: ${m.name.en}`)}
  create(@CurrentPrincipal() principal: Principal, @Body() body: unknown) {
    return this.applications.create(MEASURE, principal, body);
  }

  @Get(${quote(applications)})
  @Roles(...APPLICATION_ROLES.read)
  ${op('List', `List applications: ${m.name.en}`)}
  list(@CurrentPrincipal() principal: Principal, @Query() query: Record<string, unknown>) {
    return this.applications.list(MEASURE, principal, query);
  }

  @Get(${quote(`${applications}/:id`)})
  @Roles(...APPLICATION_ROLES.read)
  ${op('Get', `Get one application: ${m.name.en}`)}
  get(@CurrentPrincipal() principal: Principal, @Param('id') id: string) {
    return this.applications.get(MEASURE, principal, id);
  }

  @Patch(${quote(`${applications}/:id`)})
  @Roles(...APPLICATION_ROLES.update)
  ${op('Update', `Replace a draft's form: ${m.name.en}`)}
  update(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Body() body: unknown) {
    return this.applications.update(MEASURE, principal, id, body);
  }

  @Post(${quote(`${applications}/:id/submit`)})
  @HttpCode(200)
  @Roles(...APPLICATION_ROLES.submit)
  ${op('Submit', `Submit a draft for decision: ${m.name.en}`)}
  submit(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Headers('idempotency-key') idempotencyKey?: string) {
    return this.applications.submit(MEASURE, principal, id, idempotencyKey);
  }

  @Post('estimate')
  @HttpCode(200)
  @Roles(...APPLICATION_ROLES.estimate)
  ${op('Estimate', `Estimate the award, storing nothing: ${m.name.en}`)}
  estimate(@CurrentPrincipal() principal: Principal, @Body() body: unknown, @Query('asOf') asOf?: string) {
    return this.applications.estimate(MEASURE, principal, body, asOf);
  }

  @Post('eligibility')
  @HttpCode(200)
  @Roles(...APPLICATION_ROLES.eligibility)
  ${op('Eligibility', `Check eligibility from a partial form: ${m.name.en}`)}
  eligibility(@CurrentPrincipal() principal: Principal, @Body() body: unknown, @Query('asOf') asOf?: string) {
    return this.applications.eligibility(MEASURE, principal, body, asOf);
  }
}

@Module({ imports: [ApplicationsModule], controllers: [${pascal}Controller] })
export class ${pascal}Module {}
`;
  return { path: `${API_GENERATED}/measures/${m.names.file}.module.gen.ts`, content };
}
