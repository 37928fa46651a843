import Alert from '@mui/material/Alert';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ExportJob } from '@pioneer/sdk';
import { useNotify, useTranslate } from 'react-admin';
import { useLang } from '../applications/useLang';
import { downloadJob } from './useExportJob';

const thousands = (n: number) => n.toLocaleString('en-US');

/** A job's state where it was started: rows written of the total while it runs, then its download link (or why it failed). */
export function ExportJobProgress({ job }: { job: ExportJob }) {
  const translate = useTranslate();
  const notify = useNotify();
  const lang = useLang();
  if (job.status === 'failed') return <Alert severity="error">{job.reason?.[lang]}</Alert>;
  if (job.status === 'done' || job.status === 'expired') {
    const save = () => downloadJob(job).catch((e: Error) => notify(e.message, { type: 'error' }));
    return (
      <Link component="button" onClick={save} data-testid="export-job-download">
        {translate('pioneer.exports.download')} {job.fileName}
      </Link>
    );
  }
  const total = job.rowsTotal ?? 0;
  return (
    <Stack spacing={0.5} sx={{ minWidth: 180 }} data-testid="export-job-progress">
      <LinearProgress variant={job.status === 'queued' ? 'indeterminate' : 'determinate'} value={total ? (100 * job.rowsWritten) / total : 0} />
      <Typography variant="caption">{job.status === 'queued' ? translate('pioneer.exports.queued') : translate('pioneer.exports.progress', { written: thousands(job.rowsWritten), total: thousands(total) })}</Typography>
    </Stack>
  );
}
