import { Box, Typography } from '@mui/material';
import type { Label } from '@pioneer/engine';
import type { JsonObject } from '@pioneer/sdk';
import { LabelField } from './LabelField';
import type { StudioEditState } from './useStudioEdit';
import { useStudioText } from './useStudioText';

type Labelled = { 'x-label'?: Label };

/** Set a label in one language, creating the label object when the measure has none yet. */
export const setLabel = (owner: JsonObject, key: string, lang: keyof Label, text: string): void => {
  owner[key] = { ...((owner[key] as Label | undefined) ?? { 'zh-CN': '', en: '' }), [lang]: text };
};

/** The measure's name and summary, and the label of each part of its form, in both languages. */
export function LabelsPanel({ state }: { state: StudioEditState }) {
  const t = useStudioText();
  const measure = state.parsed.measure;
  if (!measure) return null;
  const info = (measure['x-measure'] ?? {}) as { name?: Label; summary?: Label };
  const properties = (measure.properties ?? {}) as Record<string, Labelled>;
  return (
    <Box data-testid="studio-labels">
      <LabelField label={t('name')} value={info.name} testId="label-name" onChange={(l, text) => state.update((m) => setLabel(m['x-measure'] as JsonObject, 'name', l, text))} />
      <LabelField label={t('summary')} value={info.summary} onChange={(l, text) => state.update((m) => setLabel(m['x-measure'] as JsonObject, 'summary', l, text))} />
      <Typography variant="subtitle2" sx={{ mt: 1 }}>
        {t('formParts')}
      </Typography>
      {Object.entries(properties).map(([key, field]) => (
        <LabelField
          key={key}
          label={key}
          value={field['x-label']}
          testId={`label-field-${key}`}
          onChange={(l, text) => state.update((m) => setLabel((m.properties as Record<string, JsonObject>)[key], 'x-label', l, text))}
        />
      ))}
    </Box>
  );
}
