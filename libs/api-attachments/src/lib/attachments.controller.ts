import { Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { CurrentPrincipal, type Principal, Roles } from '@pioneer/api-core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ATTACHMENT_ROLES } from './attachment-access';
import type { AttachmentRef } from './attachment-ref.dto';
import { AttachmentsService } from './attachments.service';
import { attachmentDisposition } from './content-disposition.util';

/** Upload of a form's evidence files and their download (see AttachmentsService for who may). */
@Controller()
export class AttachmentsController {
  constructor(private readonly attachments: AttachmentsService) {}

  @Post('measures/:measure/attachments')
  @HttpCode(201)
  @Roles(...ATTACHMENT_ROLES.upload)
  upload(@Param('measure') measure: string, @Query() query: Record<string, unknown>, @Req() request: FastifyRequest, @CurrentPrincipal() principal: Principal): Promise<AttachmentRef> {
    return this.attachments.upload(measure, principal, request, query);
  }

  @Get('attachments/:id')
  @Roles(...ATTACHMENT_ROLES.download)
  async download(@Param('id') id: string, @CurrentPrincipal() principal: Principal, @Res() reply: FastifyReply): Promise<void> {
    const { ref, stream } = await this.attachments.download(principal, id);
    // Served as a download of the stored type, never sniffed or rendered by the browser.
    await reply
      .type(ref.mediaType)
      .header('content-length', String(ref.size))
      .header('content-disposition', attachmentDisposition(ref.name))
      .header('x-content-type-options', 'nosniff')
      .header('content-security-policy', "default-src 'none'; sandbox")
      .send(stream);
  }
}
