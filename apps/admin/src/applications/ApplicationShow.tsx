import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Grid from '@mui/material/Grid';
import Typography from '@mui/material/Typography';
import type { Decision } from '@pioneer/engine';
import { EditButton, Labeled, Loading, Show, TextField, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { Suspense } from 'react';
import { usePermission } from '../auth/usePermission';
import { useSchema, type SchemaLoader } from '../forms/useSchema';
import { WorkflowPanel } from '../review/WorkflowPanel';
import { DateTimeField } from './DateFields';
import { ApplicationTitle } from './ApplicationTitle';
import { DecisionPanel } from './DecisionPanel';
import { MoneyField } from './MoneyField';
import { SchemaView } from './SchemaView';
import { StatusField } from './StatusField';
import { SubmitButton } from './SubmitButton';
import { useLang } from './useLang';

function ShowActions() {
  const record = useRecordContext();
  const mayEdit = usePermission('editApplication');
  const maySubmit = usePermission('submitApplication');
  return (
    <TopToolbar>
      {maySubmit && <SubmitButton />}
      {mayEdit && record?.status === 'draft' && <EditButton />}
    </TopToolbar>
  );
}

function ApplicationDetails({ schema: load }: { schema: SchemaLoader }) {
  const schema = useSchema(load);
  const record = useRecordContext();
  const translate = useTranslate();
  const lang = useLang();
  if (!record) return null;
  return (
    <Grid container spacing={2} sx={{ p: 2 }}>
      <Grid size={{ xs: 12 }} sx={{ display: 'flex', gap: 4, flexWrap: 'wrap' }}>
        <Labeled source="number" label="pioneer.application.number">
          <TextField source="number" data-testid="application-number" />
        </Labeled>
        <Labeled source="status">
          <StatusField source="status" />
        </Labeled>
        <Labeled source="amount">
          <MoneyField source="amount" />
        </Labeled>
        <Labeled source="submittedAt">
          <DateTimeField source="submittedAt" />
        </Labeled>
        <Labeled source="createdAt">
          <DateTimeField source="createdAt" />
        </Labeled>
        <Labeled source="id">
          <TextField source="id" />
        </Labeled>
      </Grid>
      {/* Side by side from 1200 px; below, the decision under the data (at 1024 px both columns were cramped). */}
      <Grid size={{ xs: 12, lg: 7 }}>
        <SchemaView schema={schema} data={record.data} lang={lang} />
      </Grid>
      <Grid size={{ xs: 12, lg: 5 }}>
        <Card variant="outlined">
          <CardContent>
            <Typography variant="h6" gutterBottom>
              {translate('pioneer.decision.title')}
            </Typography>
            <DecisionPanel decision={record.decision as Decision | null} lang={lang} />
          </CardContent>
        </Card>
      </Grid>
    </Grid>
  );
}

/** One application: its fields read through the schema, and the engine's decision with its trace. */
export function ApplicationShow({ schema }: { schema: SchemaLoader }) {
  return (
    <Show actions={<ShowActions />} title={<ApplicationTitle />}>
      <Suspense fallback={<Loading />}>
        <ApplicationDetails schema={schema} />
      </Suspense>
      <WorkflowPanel />
    </Show>
  );
}
