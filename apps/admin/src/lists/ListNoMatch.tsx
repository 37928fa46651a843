import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useListContext, useResourceDefinition, useTranslate } from 'react-admin';

/**
 * A searched or filtered list that matched nothing: says so, names the keyword, and offers the
 * one click that brings the rows back (clear the keyword; without one, clear the filters), so
 * "nothing here" is never mistaken for an empty registry.
 */
export function ListNoMatch() {
  const translate = useTranslate();
  const { options } = useResourceDefinition<{ label?: string }>();
  const { resource, filterValues, displayedFilters, setFilters } = useListContext();
  const name = translate(options?.label ?? `resources.${resource}.name`, { smart_count: 2 });
  const { q, ...others } = (filterValues ?? {}) as Record<string, unknown>;
  const searched = typeof q === 'string' && q !== '';
  return (
    <Box sx={{ p: 4, textAlign: 'center' }} data-testid="list-no-match">
      <Typography color="text.secondary" gutterBottom>
        {searched ? translate('pioneer.list.no_match', { name, q }) : translate('pioneer.list.no_match_filters', { name })}
      </Typography>
      <Button size="small" onClick={() => (searched ? setFilters(others, displayedFilters) : setFilters({}, []))} data-testid="list-no-match-clear">
        {translate(searched ? 'pioneer.list.clear_search' : 'ra.navigation.clear_filters')}
      </Button>
    </Box>
  );
}
