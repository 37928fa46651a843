import Alert from '@mui/material/Alert';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useQuery } from '@tanstack/react-query';
import { useTranslate } from 'react-admin';
import { backoffice } from '../providers/providers';
import { formatDateTime } from '../applications/format-date';

/** Every step of one application as the audit log recorded it: when, who in which role, what. */
export function AuditHistory({ id }: { id: string }) {
  const translate = useTranslate();
  const { data, error } = useQuery({ queryKey: ['pioneer', 'audit', id], queryFn: () => backoffice.audit(id) });
  if (error) return <Alert severity="error">{error.message}</Alert>;
  if (!data) return null;
  return (
    <Table size="small" data-testid="audit-history">
      <TableHead>
        <TableRow>
          <TableCell>{translate('pioneer.audit.at')}</TableCell>
          <TableCell>{translate('pioneer.audit.actor')}</TableCell>
          <TableCell>{translate('pioneer.audit.action')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {data.map((event) => (
          <TableRow key={event.seq} data-audit-action={event.action}>
            <TableCell>{formatDateTime(event.at)}</TableCell>
            <TableCell>
              {event.actor} · {translate(`pioneer.role.${event.role}`, { _: event.role })}
            </TableCell>
            <TableCell>{translate(`pioneer.audit.actions.${event.action.replace('.', '_')}`, { _: event.action })}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
