import Box from '@mui/material/Box';
import { Edit } from 'react-admin';
import type { SchemaLoader } from '@pioneer/ui-forms/light';
import { ApplicationTitle } from './ApplicationTitle';
import { LazyApplicationForm } from './LazyApplicationForm';

/** A draft, edited through the same form (the API refuses edits after submission). */
export function ApplicationEdit({ schema }: { schema: SchemaLoader }) {
  return (
    <Edit redirect="show" mutationMode="pessimistic" emptyWhileLoading title={<ApplicationTitle />}>
      <Box sx={{ p: 2 }}>
        <LazyApplicationForm schema={schema} />
      </Box>
    </Edit>
  );
}
