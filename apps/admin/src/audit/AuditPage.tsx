import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { Loading, Title, useTranslate } from 'react-admin';
import { backoffice } from '../providers/providers';
import { AuditLogTable } from './AuditLogTable';

/** Whether the audit log's hash chain is intact (checked by the API on every visit), then its events. */
export function AuditPage() {
  const translate = useTranslate();
  const { data, error } = useQuery({ queryKey: ['pioneer', 'audit', 'verify'], queryFn: () => backoffice.verifyAudit() });
  return (
    <Stack spacing={2} sx={{ mt: 2 }}>
      <Title title="pioneer.audit.log_title" />
      <Typography>{translate('pioneer.audit.log_help')}</Typography>
      {error && <Alert severity="error">{translate('pioneer.dashboard.failed', { reason: error.message })}</Alert>}
      {!data && !error && <Loading />}
      {data && (
        <Alert severity={data.ok ? 'success' : 'error'} data-testid="audit-verification">
          {translate(data.ok ? 'pioneer.audit.intact' : 'pioneer.audit.broken', { count: data.events, seq: data.firstBroken?.seq ?? '—', reason: data.firstBroken?.reason ?? '' })}
        </Alert>
      )}
      <Typography variant="h6" component="h2">
        {translate('pioneer.audit.log_events')}
      </Typography>
      <AuditLogTable />
    </Stack>
  );
}
