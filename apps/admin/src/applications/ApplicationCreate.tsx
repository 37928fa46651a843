import Box from '@mui/material/Box';
import { Create, useResourceContext, useTranslate } from 'react-admin';
import type { SchemaLoader } from '@pioneer/ui-forms/light';
import { LazyApplicationForm } from './LazyApplicationForm';
import { MeasureSummary } from './MeasureSummary';

function NewApplicationTitle() {
  const resource = useResourceContext();
  const translate = useTranslate();
  return <span>{translate('pioneer.application.create_title', { name: translate(`resources.${resource}.name`) })}</span>;
}

/** A new application through the measure's schema-driven form. */
export function ApplicationCreate({ schema }: { schema: SchemaLoader }) {
  return (
    <Create redirect="show" title={<NewApplicationTitle />}>
      <Box sx={{ p: 2 }}>
        <MeasureSummary />
        <LazyApplicationForm schema={schema} />
      </Box>
    </Create>
  );
}
