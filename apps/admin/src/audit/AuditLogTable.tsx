import Alert from '@mui/material/Alert';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import type { AuditLogEvent } from '@pioneer/sdk';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, Loading, useTranslate } from 'react-admin';
import { backoffice } from '../providers/providers';
import { AuditEventCells, AuditEventHeads } from './AuditEventCells';

const PER_PAGE = 25;

/** What an event concerns: an application by its readable number (linked), anything else by its kind. */
function Concerning({ event }: { event: AuditLogEvent }) {
  const translate = useTranslate();
  const kind = translate(`pioneer.audit.entities.${event.entityType}`, { _: event.entityType });
  if (event.entityType === 'application' && event.applicationNumber)
    return <Link to={`/applications/${encodeURIComponent(event.entityId)}/show`}>{`${kind} ${event.applicationNumber}`}</Link>;
  return <>{kind}</>;
}

/** The whole audit log, newest first, a page at a time (the server reads an index range per page). */
export function AuditLogTable() {
  const translate = useTranslate();
  const [page, setPage] = useState(0);
  const { data, error } = useQuery({ queryKey: ['pioneer', 'audit', 'log', page], queryFn: () => backoffice.auditLog({ page: page + 1, perPage: PER_PAGE }) });
  if (error) return <Alert severity="error">{translate('pioneer.list.failed', { reason: error.message })}</Alert>;
  if (!data) return <Loading />;
  if (data.total === 0) return <Alert severity="info">{translate('pioneer.audit.no_events')}</Alert>;
  return (
    <>
      <Table size="small" data-testid="audit-log">
        <TableHead>
          <TableRow>
            <TableCell>{translate('pioneer.audit.seq')}</TableCell>
            <AuditEventHeads />
            <TableCell>{translate('pioneer.audit.entity')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {data.data.map((event) => (
            <TableRow key={event.seq} data-audit-action={event.action}>
              <TableCell>{event.seq}</TableCell>
              <AuditEventCells event={event} />
              <TableCell>
                <Concerning event={event} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <TablePagination
        component="div"
        count={data.total}
        page={page}
        onPageChange={(_, next) => setPage(next)}
        rowsPerPage={PER_PAGE}
        rowsPerPageOptions={[PER_PAGE]}
        labelDisplayedRows={({ from, to, count }) => translate('ra.navigation.page_range_info', { offsetBegin: from, offsetEnd: to, total: count })}
      />
    </>
  );
}
