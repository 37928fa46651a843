import Alert from '@mui/material/Alert';
import Card from '@mui/material/Card';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { ExportJob } from '@pioneer/sdk';
import { useQuery } from '@tanstack/react-query';
import { Loading, Title, useTranslate } from 'react-admin';
import { formatDateTime } from '../applications/format-date';
import { useLang } from '../applications/useLang';
import { backoffice } from '../providers/providers';
import { ExportJobProgress } from './ExportJobProgress';
import { FOLLOW_MS, unfinished } from './useExportJob';

/** Bytes as people read a file's size. */
function fileSize(bytes: number | null): string {
  if (bytes === null) return '—';
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('en-US')} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** What a job exports, by names people read: the budget's and the measure's (their codes while the budgets load). */
function What({ job }: { job: ExportJob }) {
  const translate = useTranslate();
  const lang = useLang();
  const p = job.parameters as Record<string, string | number | undefined>;
  const year = typeof p.year === 'number' ? p.year : undefined;
  // One request per year among the jobs (react-query shares it between rows).
  const { data: budgets } = useQuery({ queryKey: ['pioneer', 'budgets', year], queryFn: () => backoffice.budgets(year), enabled: job.kind === 'ledger' });
  const budget = budgets?.find((b) => b.policy === p.policy && b.budget === p.budget)?.label[lang] ?? p.budget;
  const measure = p.measure === undefined ? undefined : translate(`resources.${p.measure}.name`, { _: String(p.measure) });
  const text = translate(`pioneer.exports.kinds.${job.kind}`, { measure, budget, year: p.year });
  return <>{`${text}${job.kind === 'applications' && p.year ? ` · ${p.year}` : ''} · ${job.format.toUpperCase()}`}</>;
}

/** 我的导出 / My exports: the caller's recent export jobs (the API shows nobody another's), with progress, size, download and expiry. */
export function ExportJobsPage() {
  const translate = useTranslate();
  const { data, error } = useQuery({
    queryKey: ['pioneer', 'export-jobs'],
    queryFn: () => backoffice.exportJobs.list({ perPage: 50 }),
    refetchInterval: (query) => (query.state.data?.data.some(unfinished) ? FOLLOW_MS : false),
  });
  return (
    <Card sx={{ mt: 2 }} data-testid="export-jobs">
      <Title title="pioneer.exports.title" />
      {error && <Alert severity="error">{error.message}</Alert>}
      {!data && !error && <Loading />}
      {data && data.total === 0 && <Typography sx={{ p: 2 }} color="text.secondary" data-testid="list-empty">{translate('pioneer.exports.empty')}</Typography>}
      {data && data.total > 0 && (
        <Table size="small">
          <TableHead>
            <TableRow>
              {['created', 'what', 'status', 'download', 'size', 'expires'].map((key) => (
                <TableCell key={key}>{translate(`pioneer.exports.${key}`)}</TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {data.data.map((job) => (
              <TableRow key={job.id} data-testid={`export-job-${job.status}`}>
                <TableCell>{formatDateTime(job.createdAt)}</TableCell>
                <TableCell>
                  <What job={job} />
                </TableCell>
                <TableCell>{translate(`pioneer.exports.statuses.${job.status}`)}</TableCell>
                <TableCell>{job.status === 'expired' ? '—' : <ExportJobProgress job={job} />}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{fileSize(job.size)}</TableCell>
                <TableCell>{job.expiresAt ? formatDateTime(job.expiresAt) : '—'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Card>
  );
}
