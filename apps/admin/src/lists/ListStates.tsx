import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { Pagination, useListContext, useResourceDefinition, useTranslate } from 'react-admin';

/**
 * A list that failed to load says so, in the chosen language, with the server's reason and a
 * retry; never "no results · 1-25 / 25" as if the list were empty.
 */
export function ListError() {
  const translate = useTranslate();
  const { error, refetch, filterValues, setFilters } = useListContext();
  // A refused filter is remembered with the list: offer to drop it, or every visit fails again.
  const filtered = Object.keys(filterValues ?? {}).length > 0;
  return (
    <Alert
      severity="error"
      role="alert"
      data-testid="list-error"
      sx={{ m: 2 }}
      action={
        <>
          {filtered && (
            <Button color="inherit" size="small" onClick={() => setFilters({}, [])} data-testid="list-error-clear">
              {translate('ra.navigation.clear_filters')}
            </Button>
          )}
          <Button color="inherit" size="small" onClick={() => refetch()}>
            {translate('pioneer.list.retry')}
          </Button>
        </>
      }
    >
      {translate('pioneer.list.failed', { reason: error?.message ?? '' })}
    </Alert>
  );
}

/** Nothing recorded yet (no filter set): what the list will hold, in the chosen language. */
export function ListEmpty() {
  const translate = useTranslate();
  const { options } = useResourceDefinition<{ label?: string }>();
  const { resource } = useListContext();
  const name = translate(options?.label ?? `resources.${resource}.name`, { smart_count: 2 });
  return (
    <Typography sx={{ p: 4, textAlign: 'center' }} color="text.secondary" data-testid="list-empty">
      {translate('pioneer.list.empty', { name })}
    </Typography>
  );
}

/** The page switcher, hidden while the list is in error (there is no page to count). */
export function ListPagination() {
  const { error } = useListContext();
  return error ? null : <Pagination />;
}
