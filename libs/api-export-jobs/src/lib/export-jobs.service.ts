import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import { ExportsService, PolicyRegistry } from '@pioneer/api-applications';
import { ATTACHMENT_STORAGE, type AttachmentStorage } from '@pioneer/api-attachments';
import { API_CONFIG, type ApiConfig, ApiError, Errors, InputReader, type Principal } from '@pioneer/api-core';
import { type ExportJobRow, type ExportJobView, toView } from './export-job.dto';
import { parseExportJobRequest } from './export-job-request.dto';
import { ExportJobsRepository } from './export-jobs.repository';
import { ExportWorker } from './export-worker.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const JOB = { 'zh-CN': '导出任务', en: 'Export job' };

/** A finished job's file, to send. */
export interface ExportJobFile {
  name: string;
  mediaType: string;
  size: number;
  sha256: string;
  body: Readable;
}

/**
 * Exports as background jobs: asked for here (checked and counted as the GET routes do, then
 * queued), run by whichever API process's ExportWorker claims them, and fetched again as often
 * as wanted until they expire. A job is its owner's alone (the principal's subject): another
 * user's is answered as if it did not exist.
 */
@Injectable()
export class ExportJobsService {
  constructor(
    private readonly jobs: ExportJobsRepository,
    private readonly exports: ExportsService,
    private readonly policies: PolicyRegistry,
    private readonly worker: ExportWorker,
    @Inject(ATTACHMENT_STORAGE) private readonly storage: AttachmentStorage,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  async start(principal: Principal, body: unknown): Promise<ExportJobView> {
    const request = parseExportJobRequest(body, (code) => this.policies.all().some((p) => p.measures.has(code)));
    // Refused now rather than failed later: too many rows says how to narrow the export.
    await this.exports.plan(request);
    const id = randomUUID();
    const most = this.config.exportJobs.perUser;
    if (!(await this.jobs.insertIfRoom({ id, owner: principal.subject, request, createdAt: new Date().toISOString() }, most))) {
      throw new ApiError(429, 'too-many-export-jobs', {
        'zh-CN': `您已有 ${most} 个导出任务在排队或进行中：请等其中一个完成后再发起（见 GET /api/export-jobs）`,
        en: `You already have ${most} export jobs queued or running: start another once one of them is done (see GET /api/export-jobs)`,
      });
    }
    this.worker.wake();
    return toView((await this.jobs.findOwn(id, principal.subject))!);
  }

  async list(principal: Principal, query: Record<string, unknown>): Promise<{ data: ExportJobView[]; total: number }> {
    const input = new InputReader();
    const page = input.whole(query.page, '/page', 1, 10_000);
    const perPage = input.whole(query.perPage, '/perPage', 25, 100);
    input.done('invalid-query');
    const { rows, total } = await this.jobs.page(principal.subject, (page - 1) * perPage, perPage);
    return { data: rows.map(toView), total };
  }

  async get(principal: Principal, id: string): Promise<ExportJobView> {
    return toView(await this.own(principal, id));
  }

  /** The stored file of a done job; 409 while it is not done (saying what to do), 410 once expired. */
  async file(principal: Principal, id: string): Promise<ExportJobFile> {
    const job = await this.own(principal, id);
    if (job.status === 'expired') throw new ApiError(410, 'export-expired', { 'zh-CN': '导出文件已过保存期并已删除：请重新发起导出', en: 'The export file was kept until it expired and is gone: start the export again' });
    if (job.status === 'failed') throw Errors.conflict('export-failed', `导出失败，没有文件：${job.reason_zh ?? ''}`, `The export failed and has no file: ${job.reason_en ?? ''}`);
    if (job.status !== 'done' || !job.storage_key) {
      throw Errors.conflict('export-not-ready', `导出尚未完成（${job.status === 'queued' ? '排队中' : `已写 ${Number(job.rows_written)} 行`}）：请稍后查看 GET /api/export-jobs/${job.id}，完成后再下载`, `The export is not done yet (${job.status}): follow GET /api/export-jobs/${job.id} and download it once its status is done`);
    }
    return { name: job.file_name!, mediaType: job.media_type!, size: Number(job.size), sha256: job.sha256!, body: await this.storage.open(job.storage_key) };
  }

  private async own(principal: Principal, id: string): Promise<ExportJobRow> {
    const job = UUID.test(id) ? await this.jobs.findOwn(id.toLowerCase(), principal.subject) : undefined;
    if (!job) throw Errors.notFound(JOB);
    return job;
  }
}
