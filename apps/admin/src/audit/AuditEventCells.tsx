import TableCell from '@mui/material/TableCell';
import type { AuditEvent } from '@pioneer/sdk';
import { useTranslate } from 'react-admin';
import { formatDateTime } from '../applications/format-date';
import { actionKey } from './AuditLogFilters';

/** The heads of the columns every audit table has: when, who in which role, what. */
export function AuditEventHeads() {
  const translate = useTranslate();
  return (
    <>
      <TableCell>{translate('pioneer.audit.at')}</TableCell>
      <TableCell>{translate('pioneer.audit.actor')}</TableCell>
      <TableCell>{translate('pioneer.audit.action')}</TableCell>
    </>
  );
}

/** An event's when, who (with the role in words) and what (the action in words). */
export function AuditEventCells({ event }: { event: AuditEvent }) {
  const translate = useTranslate();
  return (
    <>
      <TableCell>{formatDateTime(event.at)}</TableCell>
      <TableCell>
        {/* The account's id as recorded: data, the same in both languages. */}
        <span data-user-text>{event.actor}</span> · {translate(`pioneer.role.${event.role}`, { _: event.role })}
      </TableCell>
      <TableCell>{translate(actionKey(event.action), { _: event.action })}</TableCell>
    </>
  );
}
