import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { LIFECYCLE_ROLES } from '@pioneer/api-applications';
import { attachmentDisposition } from '@pioneer/api-attachments';
import { CurrentPrincipal, type Principal, Roles } from '@pioneer/api-core';
import type { FastifyReply } from 'fastify';
import { ExportJobsService } from './export-jobs.service';

/** Exports as background jobs; the same roles as the streamed GET exports (`/api/exports/…`), each caller sees only its own jobs. */
@Controller('export-jobs')
export class ExportJobsController {
  constructor(private readonly jobs: ExportJobsService) {}

  /** 202 with the queued job; 400 by JSON pointer for a bad body; 429 past the per-user limit. */
  @Post()
  @HttpCode(202)
  @Roles(...LIFECYCLE_ROLES.ledger)
  start(@CurrentPrincipal() principal: Principal, @Body() body: unknown) {
    return this.jobs.start(principal, body);
  }

  @Get()
  @Roles(...LIFECYCLE_ROLES.ledger)
  list(@CurrentPrincipal() principal: Principal, @Query() query: Record<string, unknown>) {
    return this.jobs.list(principal, query);
  }

  @Get(':id')
  @Roles(...LIFECYCLE_ROLES.ledger)
  get(@CurrentPrincipal() principal: Principal, @Param('id') id: string) {
    return this.jobs.get(principal, id);
  }

  @Get(':id/file')
  @Roles(...LIFECYCLE_ROLES.ledger)
  async file(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Res() reply: FastifyReply): Promise<void> {
    const file = await this.jobs.file(principal, id);
    await reply
      .type(file.mediaType)
      .header('content-length', String(file.size))
      .header('content-disposition', attachmentDisposition(file.name))
      .header('x-content-type-options', 'nosniff')
      .send(file.body);
  }
}
