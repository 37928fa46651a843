import Chip from '@mui/material/Chip';
import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';
import { STATUS_COLOURS } from './statuses';

/** An application's lifecycle state as a coloured chip. */
export function StatusField(props: FieldProps) {
  const value = useFieldValue(props);
  const translate = useTranslate();
  if (typeof value !== 'string') return null;
  return <Chip size="small" color={STATUS_COLOURS[value] ?? 'default'} label={translate(`pioneer.status.${value}`, { _: value })} data-status={value} />;
}
