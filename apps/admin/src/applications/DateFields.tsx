import { useFieldValue } from 'react-admin';
import { formatDateTime, formatDay } from './format-date';

/** An instant as YYYY-MM-DD HH:mm (Beijing time): lists and details read the same. */
export function DateTimeField({ source }: { source: string; label?: string; sortable?: boolean }) {
  const value = useFieldValue({ source });
  return <span>{typeof value === 'string' && value ? formatDateTime(value) : '—'}</span>;
}

/** A calendar day as YYYY-MM-DD. */
export function DayField({ source }: { source: string; label?: string; sortable?: boolean }) {
  const value = useFieldValue({ source });
  return <span>{typeof value === 'string' && value ? formatDay(value) : '—'}</span>;
}
