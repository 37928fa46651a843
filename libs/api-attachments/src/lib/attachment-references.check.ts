import { Inject, Injectable } from '@nestjs/common';
import { API_CONFIG, type ApiConfig, type ApiIssue, type SubmissionCheck, type SubmittedApplication } from '@pioneer/api-core';
import type { EntityManager } from 'typeorm';
import { AttachmentsService } from './attachments.service';

/**
 * The attachments' say in a submission: every cited file must be the organisation's own
 * upload, unchanged (unless PIONEER_VERIFY_ATTACHMENTS=0, the demo's setting); the citations
 * are recorded in the submission's transaction, opening the files to whoever may see it.
 */
@Injectable()
export class AttachmentReferencesCheck implements SubmissionCheck {
  constructor(
    private readonly attachments: AttachmentsService,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  async check(application: SubmittedApplication): Promise<ApiIssue[]> {
    if (!this.config.verifyAttachmentReferences) return [];
    return this.attachments.verifyReferences(application.applicantId, this.attachments.referencesIn(application.measure, application.data));
  }

  record(manager: EntityManager, application: SubmittedApplication): Promise<void> {
    return this.attachments.recordCitations(manager, application.id, application.applicantId, this.attachments.referencesIn(application.measure, application.data));
  }
}
