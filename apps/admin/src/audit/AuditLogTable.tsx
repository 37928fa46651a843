import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import type { AuditLogEvent } from '@pioneer/sdk';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { Link, Loading, useTranslate } from 'react-admin';
import { backoffice } from '../providers/providers';
import { AuditEventCells, AuditEventHeads } from './AuditEventCells';
import { AuditLogFilters } from './AuditLogFilters';
import { auditLogQuery, type AuditLogFilterValues, isFiltered, NO_FILTER } from './audit-log-filter';

const PER_PAGE = 25;

/** What an event concerns: an application by its readable number (linked), anything else by its kind. */
function Concerning({ event }: { event: AuditLogEvent }) {
  const translate = useTranslate();
  const kind = translate(`pioneer.audit.entities.${event.entityType}`, { _: event.entityType });
  if (event.entityType === 'application' && event.applicationNumber)
    return <Link to={`/applications/${encodeURIComponent(event.entityId)}/show`}>{`${kind} ${event.applicationNumber}`}</Link>;
  return <>{kind}</>;
}

/** The audit log, newest first, a page at a time, narrowed by the filters above it; a new filter starts again at page 1. */
export function AuditLogTable() {
  const [filters, setFilters] = useState<AuditLogFilterValues>(NO_FILTER);
  const [page, setPage] = useState(0);
  const narrow = useCallback((next: AuditLogFilterValues) => {
    setFilters(next);
    setPage(0);
  }, []);
  return (
    <>
      <AuditLogFilters values={filters} onChange={narrow} />
      <AuditLogPage filters={filters} page={page} onPage={setPage} onClear={() => narrow(NO_FILTER)} />
    </>
  );
}

/** One page of events the filters keep, or why there is none. */
function AuditLogPage({ filters, page, onPage, onClear }: { filters: AuditLogFilterValues; page: number; onPage: (page: number) => void; onClear: () => void }) {
  const translate = useTranslate();
  const { data, error } = useQuery({ queryKey: ['pioneer', 'audit', 'log', filters, page], queryFn: () => backoffice.auditLog(auditLogQuery(filters, page + 1, PER_PAGE)) });
  if (error) return <Alert severity="error">{translate('pioneer.list.failed', { reason: error.message })}</Alert>;
  if (!data) return <Loading />;
  if (data.total === 0 && isFiltered(filters))
    return (
      <Alert severity="info" data-testid="audit-log-none-match" action={<Button onClick={onClear}>{translate('pioneer.audit.filter.clear')}</Button>}>
        {translate('pioneer.audit.filter.none_match')}
      </Alert>
    );
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
        onPageChange={(_, next) => onPage(next)}
        rowsPerPage={PER_PAGE}
        rowsPerPageOptions={[PER_PAGE]}
        labelDisplayedRows={({ from, to, count }) => translate('ra.navigation.page_range_info', { offsetBegin: from, offsetEnd: to, total: count })}
      />
    </>
  );
}
