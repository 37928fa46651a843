import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
// The light entry: the contracts' index carries every policy and its precompiled validators.
import { AUDIT_ACTIONS } from '@pioneer/contracts/audit-actions';
import { useEffect, useState } from 'react';
import { useTranslate } from 'react-admin';
import { DayInput } from '../forms/DayInput';
import { type AuditLogFilterValues, isFiltered, NO_FILTER } from './audit-log-filter';

/** Typing in a text filter reaches the server once it pauses, not on every keystroke. */
const TYPING_PAUSE_MS = 400;

/** The action's words, as the log's own column shows them. */
export const actionKey = (action: string) => `pioneer.audit.actions.${action.replace('.', '_')}`;

/**
 * The audit log's filters: the kind of event (in words), who, which application (number or id)
 * or entity, and a range of days (typed year-month-day, whatever the browser's language). Choices apply at once; typed text once typing pauses.
 */
export function AuditLogFilters({ values, onChange }: { values: AuditLogFilterValues; onChange: (next: AuditLogFilterValues) => void }) {
  const translate = useTranslate();
  const [typed, setTyped] = useState({ actor: values.actor, entity: values.entity });
  useEffect(() => setTyped({ actor: values.actor, entity: values.entity }), [values.actor, values.entity]);
  useEffect(() => {
    if (typed.actor === values.actor && typed.entity === values.entity) return;
    const timer = setTimeout(() => onChange({ ...values, ...typed }), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [typed, values, onChange]);
  const set = (field: keyof AuditLogFilterValues) => (event: { target: { value: string } }) => onChange({ ...values, [field]: event.target.value });
  // react-admin's theme makes every TextField full width: these sit side by side and wrap.
  const text = (field: 'actor' | 'entity') => ({
    fullWidth: false,
    sx: { width: field === 'actor' ? 220 : 260 },
    label: translate(`pioneer.audit.filter.${field}`),
    value: typed[field],
    onChange: (event: { target: { value: string } }) => setTyped({ ...typed, [field]: event.target.value }),
    slotProps: { htmlInput: { maxLength: field === 'actor' ? 200 : 64, 'data-testid': `audit-filter-${field}` } },
  });
  return (
    <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }} data-testid="audit-filters">
      <TextField select size="small" fullWidth={false} sx={{ minWidth: 220 }} label={translate('pioneer.audit.filter.action')} value={values.action} onChange={set('action')} slotProps={{ htmlInput: { 'data-testid': 'audit-filter-action' } }}>
        <MenuItem value="">{translate('pioneer.audit.filter.any_action')}</MenuItem>
        {AUDIT_ACTIONS.map((action) => (
          <MenuItem key={action} value={action}>
            {translate(actionKey(action), { _: action })}
          </MenuItem>
        ))}
      </TextField>
      <TextField size="small" {...text('actor')} helperText={translate('pioneer.audit.filter.actor_help')} />
      <TextField size="small" {...text('entity')} helperText={translate('pioneer.audit.filter.entity_help')} />
      <DayInput label={translate('pioneer.audit.filter.from')} value={values.from} max={values.to || undefined} onChange={(from) => onChange({ ...values, from })} testId="audit-filter-from" />
      <DayInput label={translate('pioneer.audit.filter.to')} value={values.to} min={values.from || undefined} onChange={(to) => onChange({ ...values, to })} testId="audit-filter-to" />
      <Button onClick={() => onChange(NO_FILTER)} disabled={!isFiltered(values)} data-testid="audit-filter-clear">
        {translate('pioneer.audit.filter.clear')}
      </Button>
    </Stack>
  );
}
