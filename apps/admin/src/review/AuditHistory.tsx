import Alert from '@mui/material/Alert';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useQuery } from '@tanstack/react-query';
import { backoffice } from '../providers/providers';
import { AuditEventCells, AuditEventHeads } from '../audit/AuditEventCells';

/** Every step of one application as the audit log recorded it: when, who in which role, what. */
export function AuditHistory({ id }: { id: string }) {
  const { data, error } = useQuery({ queryKey: ['pioneer', 'audit', id], queryFn: () => backoffice.audit(id) });
  if (error) return <Alert severity="error">{error.message}</Alert>;
  if (!data) return null;
  return (
    <Table size="small" data-testid="audit-history">
      <TableHead>
        <TableRow>
          <AuditEventHeads />
        </TableRow>
      </TableHead>
      <TableBody>
        {data.map((event) => (
          <TableRow key={event.seq} data-audit-action={event.action}>
            <AuditEventCells event={event} />
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
