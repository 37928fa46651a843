import { Alert, Box, Card, CardContent, Grid, Typography } from '@mui/material';
import { problemText } from '@pioneer/engine';
import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { useLang } from '../applications/useLang';
import { AwardPanel } from './AwardPanel';
import { CasesPanel } from './CasesPanel';
import { FormPreview } from './FormPreview';
import { JsonEditor } from './JsonEditor';
import { LabelsPanel } from './LabelsPanel';
import { ParametersPanel } from './ParametersPanel';
import { RulesPanel } from './RulesPanel';
import { PublishPanel } from './PublishPanel';
import { TryItPanel } from './TryItPanel';
import { useStudioEdit } from './useStudioEdit';
import { useStudioText } from './useStudioText';
import { WhatIfPanel } from './WhatIfPanel';

function Panel({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card sx={{ mb: 2 }}>
      <CardContent>
        <Typography variant="h6" gutterBottom>
          {title}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
}

/** One measure in the studio: the editor and its problems beside the structured edits, try-it, cases, what-if and publish. */
export function MeasureStudio() {
  const { code = '' } = useParams();
  const lang = useLang();
  const t = useStudioText();
  const state = useStudioEdit(code);
  if (!state.saved)
    return state.failure ? (
      <Alert severity="error" sx={{ m: 2, whiteSpace: 'pre-line' }}>
        {state.failure}
      </Alert>
    ) : (
      <Typography sx={{ m: 2 }}>{t('loading')}</Typography>
    );
  const name = (state.parsed.measure?.['x-measure'] as { name?: Record<string, string> } | undefined)?.name?.[lang];
  return (
    <Box sx={{ p: 2 }}>
      <Typography variant="h5">{name ?? code}</Typography>
      <Typography variant="body2" color="text.secondary" gutterBottom>
        {state.saved.file}
      </Typography>
      {state.isNew && (
        <Alert severity="info" sx={{ mb: 1 }} data-testid="studio-staged">
          {t('staged')}
        </Alert>
      )}
      {state.failure && (
        <Alert severity="error" sx={{ whiteSpace: 'pre-line', mb: 1 }}>
          {state.failure}
        </Alert>
      )}
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, lg: 6 }}>
          <Panel title={t('editor')}>
            <JsonEditor
              text={state.text}
              onChange={state.setText}
              problems={state.problems.filter((p) => p.file.endsWith(state.saved!.file))}
              metaSchema={state.saved.metaSchema}
            />
            {state.parsed.error && (
              <Alert severity="error" sx={{ mt: 1 }}>
                {t('notJson')}
                {state.parsed.error}
              </Alert>
            )}
            <Box data-testid="studio-problems" sx={{ mt: 1 }}>
              {state.problems.length === 0 ? (
                <Typography variant="body2" color="success.main">
                  ✓ {t('noProblems')}
                </Typography>
              ) : (
                // In the reader's language; `pioneer check`'s own line (what publish refuses with) on hover.
                state.problems.map((p) => (
                  <Alert key={p.text} severity="error" sx={{ mb: 0.5 }} title={p.text} data-problem-key={p.key}>
                    {p.file}#{p.pointer}: {problemText(p, lang)}
                  </Alert>
                ))
              )}
            </Box>
          </Panel>
          <Panel title={t('cases')}>
            <CasesPanel state={state} />
          </Panel>
        </Grid>
        <Grid size={{ xs: 12, lg: 6 }}>
          <Panel title={t('parameters')}>
            <ParametersPanel state={state} />
          </Panel>
          <Panel title={t('labels')}>
            <LabelsPanel state={state} />
          </Panel>
          <Panel title={t('rules')}>
            <RulesPanel state={state} />
          </Panel>
          <Panel title={t('award')}>
            <AwardPanel state={state} />
          </Panel>
          <Panel title={t('tryIt')}>
            <TryItPanel code={code} state={state} />
          </Panel>
          <Panel title={t('preview')}>
            <FormPreview state={state} />
          </Panel>
        </Grid>
        <Grid size={12}>
          <Panel title={t('whatIf')}>
            <WhatIfPanel code={code} state={state} />
          </Panel>
          <Panel title={t('publish')}>
            <PublishPanel code={code} state={state} />
          </Panel>
        </Grid>
      </Grid>
    </Box>
  );
}
