import Box from '@mui/material/Box';
import { Edit } from 'react-admin';
import type { JsonSchema } from '../forms';
import { ApplicationForm } from './ApplicationForm';

/** A draft, edited through the same form (the API refuses edits after submission). */
export function ApplicationEdit({ schema }: { schema: JsonSchema }) {
  return (
    <Edit redirect="show" mutationMode="pessimistic" emptyWhileLoading>
      <Box sx={{ p: 2 }}>
        <ApplicationForm schema={schema} />
      </Box>
    </Edit>
  );
}
