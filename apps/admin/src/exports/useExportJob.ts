import type { ExportJob, ExportJobRequest } from '@pioneer/sdk';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { saveFile } from '../lists/save-file';
import { backoffice } from '../providers/providers';

/** Whether a job may still change (so it is asked about again). */
export const unfinished = (job: ExportJob | undefined): boolean => job?.status === 'queued' || job?.status === 'running';

/** How often a job in progress is asked about again, in ms. */
export const FOLLOW_MS = 1_000;

/** Saves a done job's file under its own name. */
export function downloadJob(job: ExportJob): Promise<void> {
  return backoffice.exportJobs.file(job.id).then((blob) => saveFile(blob, job.fileName ?? `${job.id}.${job.format}`));
}

/** Starts an export job and follows it until it is done or failed. */
export function useExportJob(): { job: ExportJob | undefined; start(request: ExportJobRequest): Promise<void> } {
  const notify = useNotify();
  const translate = useTranslate();
  const [id, setId] = useState<string>();
  const { data: job } = useQuery({
    queryKey: ['pioneer', 'export-job', id],
    queryFn: () => backoffice.exportJobs.get(id!),
    enabled: id !== undefined,
    refetchInterval: (query) => (unfinished(query.state.data) ? FOLLOW_MS : false),
  });
  // Any failure of the start, thrown or rejected, is said: a click that silently does nothing is the worst answer.
  const start = async (request: ExportJobRequest) => {
    try {
      setId((await backoffice.exportJobs.start(request)).id);
    } catch (e) {
      notify(translate('pioneer.exports.start_failed', { reason: (e as Error).message }), { type: 'error' });
    }
  };
  return { job: id === undefined ? undefined : job, start };
}
