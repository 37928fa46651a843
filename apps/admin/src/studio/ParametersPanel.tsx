import { Box, Button, Stack, Typography } from '@mui/material';
import type { Label } from '@pioneer/engine';
import type { JsonObject } from '@pioneer/sdk';
import { useState } from 'react';
import { useLang } from '../applications/useLang';
import { ParameterInput } from './ParameterInput';
import type { StudioEditState } from './useStudioEdit';
import { useStudioText } from './useStudioText';
import { DayInput } from '../forms/DayInput';

type Version = { version: string; effectiveFrom: string; effectiveTo?: string; values: JsonObject };

/** The day before a YYYY-MM-DD date. */
function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** Each parameter in each dated version, and a new version in force from a date. */
export function ParametersPanel({ state }: { state: StudioEditState }) {
  const lang = useLang();
  const t = useStudioText();
  const [from, setFrom] = useState('');
  const measure = state.parsed.measure;
  if (!measure) return null;
  const parameters = (measure['x-parameters'] ?? {}) as Record<string, { type: string; label: Label }>;
  const versions = (measure['x-versions'] ?? []) as Version[];
  const addVersion = () =>
    state.update((m) => {
      const list = m['x-versions'] as Version[];
      const last = list[list.length - 1];
      list.push({
        ...structuredClone(last),
        version: `${from.slice(0, 4)}.${list.length + 1}`,
        effectiveFrom: from,
        ...(last.effectiveTo ? { effectiveTo: last.effectiveTo } : {}),
      });
      last.effectiveTo = dayBefore(from);
    });
  return (
    <Box data-testid="studio-parameters">
      <Typography variant="subtitle1">{t('parameters')}</Typography>
      {versions.map((v, i) => (
        <Box key={`${v.version}-${i}`} data-version={v.version} sx={{ border: '1px solid #ddd', p: 1, my: 1 }}>
          <Typography variant="body2">
            {t('version')} {v.version} · {t('from')} {v.effectiveFrom} · {t('to')} {v.effectiveTo ?? '…'}
          </Typography>
          <Stack direction="row" sx={{ mt: 1, flexWrap: 'wrap', gap: 1 }}>
            {Object.entries(parameters).map(([name, def]) => (
              <ParameterInput
                key={`${name}-${v.version}`}
                type={def.type}
                label={`${def.label?.[lang] ?? name} (${name})`}
                value={v.values[name]}
                onChange={(value) => state.update((m) => ((m['x-versions'] as Version[])[i].values[name] = value))}
              />
            ))}
          </Stack>
        </Box>
      ))}
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <DayInput label={t('newVersionFrom')} value={from} onChange={setFrom} testId="new-version-from" />
        <Button variant="outlined" disabled={!/^\d{4}-\d{2}-\d{2}$/.test(from)} onClick={addVersion}>
          {t('addVersion')}
        </Button>
      </Stack>
    </Box>
  );
}
