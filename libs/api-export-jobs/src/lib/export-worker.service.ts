import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { ExportsService } from '@pioneer/api-applications';
import { ATTACHMENT_STORAGE, type AttachmentStorage } from '@pioneer/api-attachments';
import { API_CONFIG, type ApiConfig, ApiError } from '@pioneer/api-core';
import type { Label } from '@pioneer/engine';
import { type ExportJobRow, requestOf } from './export-job.dto';
import { ExportJobsRepository } from './export-jobs.repository';
import { ProgressWriter } from './progress-writer.util';

/** Runs of one job at most: a job whose worker died this often is failed rather than tried again. */
const MAX_ATTEMPTS = 3;

/** Largest file a job stores (the row cap keeps real exports far below it). */
const MAX_FILE_BYTES = 1024 ** 3;

/** Expired files removed per sweep (the next sweep takes the rest). */
const SWEEP_BATCH = 50;

const SWEEP_EVERY_MS = 10 * 60_000;

const now = () => new Date().toISOString();

const FAILED: Label = { 'zh-CN': '导出失败：请重新发起导出；如仍失败，请联系管理员', en: 'The export failed: start it again; if it fails again, tell an administrator' };
const GAVE_UP: Label = {
  'zh-CN': `导出任务的执行进程已连续 ${MAX_ATTEMPTS} 次中断：请缩小导出范围（如按预算年度）后重新发起，或联系管理员`,
  en: `The processes running this export stopped ${MAX_ATTEMPTS} times: narrow the export (e.g. one budget year) and start it again, or tell an administrator`,
};

/** A run in progress: how to stop it, and when it has let go of everything. */
interface Run {
  stop(): void;
  done: Promise<void>;
}

/**
 * The export jobs' worker of this API process: every process runs one, so jobs are spread over
 * replicas and survive any one of them. It claims up to PIONEER_EXPORT_WORKERS jobs at once
 * (ExportJobsRepository.claim: never one another process runs), writes each with ExportsService's
 * snapshot and page streaming into the attachment store (the database on PostgreSQL, so any
 * replica serves the file), and records progress every page, which is also its heartbeat: a job
 * quiet for PIONEER_EXPORT_STALE_MS is taken over. On shutdown it stops its runs and puts their
 * jobs back in the queue. It also removes expired files.
 */
@Injectable()
export class ExportWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('ExportJobs');
  private readonly name = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private readonly runs = new Map<string, Run>();
  private timers: NodeJS.Timeout[] = [];
  private polling?: Promise<void>;
  private stopping = false;

  constructor(
    private readonly jobs: ExportJobsRepository,
    private readonly exports: ExportsService,
    @Inject(ATTACHMENT_STORAGE) private readonly storage: AttachmentStorage,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  onApplicationBootstrap(): void {
    const { workers, pollMs } = this.config.exportJobs;
    // Unref'd: the timers never keep a process alive that is otherwise done.
    this.timers.push(setInterval(() => void this.sweep(), SWEEP_EVERY_MS).unref());
    if (workers === 0) return;
    this.timers.push(setInterval(() => this.wake(), pollMs).unref());
    this.wake();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    for (const timer of this.timers) clearInterval(timer);
    await this.polling;
    for (const run of this.runs.values()) run.stop();
    await Promise.all([...this.runs.values()].map((run) => run.done));
  }

  /** Looks for work now (a job was just queued by this process) instead of at the next poll. */
  wake(): void {
    if (this.stopping || this.polling || this.config.exportJobs.workers === 0) return;
    this.polling = this.claimWhileFree()
      .catch((error: Error) => this.logger.error(`looking for export jobs failed: ${error.message}`))
      .finally(() => (this.polling = undefined));
  }

  private async claimWhileFree(): Promise<void> {
    const { workers, staleMs } = this.config.exportJobs;
    while (!this.stopping && this.runs.size < workers) {
      const claim = randomUUID();
      const job = await this.jobs.claim(claim, this.name, now(), new Date(Date.now() - staleMs).toISOString());
      if (!job) return;
      this.start(job, claim);
    }
  }

  private start(job: ExportJobRow, claim: string): void {
    const controller = new AbortController();
    const done = this.run(job, claim, controller.signal)
      .catch((error: Error) => this.logger.error(`export job ${job.id} could not record its end: ${error.message}`))
      .finally(() => {
        this.runs.delete(job.id);
        this.wake();
      });
    this.runs.set(job.id, { stop: () => controller.abort(), done });
  }

  private async run(job: ExportJobRow, claim: string, signal: AbortSignal): Promise<void> {
    if (Number(job.attempts) > MAX_ATTEMPTS) return this.jobs.fail(job.id, claim, now(), GAVE_UP);
    const progress = new ProgressWriter((rows, total) => this.jobs.progress(job.id, claim, now(), rows, total), this.config.exportJobs.staleMs / 3);
    let stored: { key: string } | undefined;
    try {
      const planned = await this.exports.plan(requestOf(job));
      progress.start(planned.rows);
      const file = planned.file((rows) => progress.report(rows));
      const stop = () => file.body.destroy(new Error(signal.aborted ? 'the API process is stopping' : 'the job was taken over by another worker'));
      signal.addEventListener('abort', stop);
      progress.onLost(stop);
      const content = await this.storage.put(file.body, { mediaType: file.mediaType, maxBytes: MAX_FILE_BYTES });
      stored = content;
      const rows = await progress.end();
      const kept = new Date(Date.now() + this.config.exportJobs.keepMs).toISOString();
      if (!(await this.jobs.finish(job.id, claim, now(), kept, { ...content, fileName: file.name, mediaType: file.mediaType, rows }))) await this.storage.remove(content.key);
    } catch (error) {
      await progress.end().catch(() => undefined);
      if (stored) await this.storage.remove(stored.key).catch(() => undefined);
      if (signal.aborted) return this.jobs.release(job.id, claim);
      if (!(error instanceof ApiError)) this.logger.error(`export job ${job.id} failed: ${(error as Error).message}`);
      await this.jobs.fail(job.id, claim, now(), error instanceof ApiError ? error.text : FAILED);
    }
  }

  /** Removes the content of files past their expiry, marking their jobs expired first (downloads stop at once). */
  async sweep(): Promise<number> {
    let removed = 0;
    try {
      for (const job of await this.jobs.expiring(now(), SWEEP_BATCH)) {
        if (job.status === 'done' && !(await this.jobs.markExpired(job.id))) continue;
        if (job.storage_key) await this.storage.remove(job.storage_key);
        await this.jobs.forgetContent(job.id);
        removed += 1;
      }
    } catch (error) {
      this.logger.error(`sweeping expired exports failed: ${(error as Error).message}`);
    }
    return removed;
  }
}
