import { Box, Stack, TextField, Typography } from '@mui/material';
import type { Label } from '@pioneer/engine';
import type { JsonObject } from '@pioneer/sdk';
import { JsonValueField } from './JsonValueField';
import type { StudioEditState } from './useStudioEdit';
import { useStudioText } from './useStudioText';

type Criterion = { code: string; label?: Label; weight: number };

/**
 * The award formula (each part of x-award as a JSON value: base, rates, cap, rounding…) and the
 * rubric's criteria with their weights, which must add up to 100 (the problems say so if not).
 */
export function AwardPanel({ state }: { state: StudioEditState }) {
  const t = useStudioText();
  const measure = state.parsed.measure;
  if (!measure) return null;
  const award = (measure['x-award'] ?? {}) as JsonObject;
  const criteria = ((measure['x-rubric'] as { criteria?: Criterion[] } | undefined)?.criteria ?? []) as Criterion[];
  const total = criteria.reduce((sum, c) => sum + (Number(c.weight) || 0), 0);
  return (
    <Box data-testid="studio-award">
      <Typography variant="subtitle1">{t('award')}</Typography>
      {Object.entries(award)
        .filter(([key]) => key !== 'family')
        .map(([key, value]) => (
          <Box key={key} sx={{ my: 0.5 }}>
            <JsonValueField label={key} value={value} testId={`award-${key}`} onChange={(v) => state.update((m) => ((m['x-award'] as JsonObject)[key] = v as never))} />
          </Box>
        ))}
      {criteria.length > 0 && (
        <>
          <Typography variant="subtitle1" sx={{ mt: 1 }}>
            {t('rubric')} ({t('weights')}: {total})
          </Typography>
          {criteria.map((c, i) => (
            <Stack key={`${c.code}-${i}`} direction="row" spacing={1} sx={{ my: 0.5 }} data-criterion={c.code}>
              <Typography sx={{ minWidth: 120 }}>{c.code}</Typography>
              {(['zh-CN', 'en'] as const).map((l) => (
                <TextField
                  key={l}
                  size="small"
                  label={t(l === 'zh-CN' ? 'inChinese' : 'inEnglish')}
                  value={c.label?.[l] ?? ''}
                  onChange={(e) => state.update((m) => (rubricOf(m)[i].label = { ...(rubricOf(m)[i].label as Label), [l]: e.target.value }))}
                />
              ))}
              <TextField
                size="small"
                type="number"
                label={t('weight')}
                value={c.weight}
                onChange={(e) => state.update((m) => (rubricOf(m)[i].weight = Number(e.target.value)))}
                slotProps={{ htmlInput: { 'data-testid': `criterion-${c.code}-weight` } }}
              />
            </Stack>
          ))}
        </>
      )}
    </Box>
  );
}

const rubricOf = (m: JsonObject): JsonObject[] => (m['x-rubric'] as { criteria: JsonObject[] }).criteria;
