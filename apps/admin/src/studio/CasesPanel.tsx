import { Box, Typography } from '@mui/material';
import { useLang } from '../applications/useLang';
import type { StudioEditState } from './useStudioEdit';
import { useStudioText } from './useStudioText';

/** The measure's test cases, run on every edit: green passed, red failed with what differs. */
export function CasesPanel({ state }: { state: StudioEditState }) {
  const lang = useLang();
  const t = useStudioText();
  const isNew = (file: string) => state.newCases.some((c) => `${c.name}.json` === file);
  return (
    <Box data-testid="studio-cases">
      {state.cases.map((c) => (
        <Box
          key={c.file}
          data-case={c.file}
          data-passed={String(c.passed)}
          sx={{ borderLeft: 4, borderColor: c.passed ? 'success.main' : 'error.main', pl: 1, my: 0.5 }}
        >
          <Typography variant="body2" color={c.passed ? 'success.main' : 'error.main'}>
            {c.passed ? '✓' : '✗'} {c.name[lang]} ({c.file.split('/').pop()}
            {isNew(c.file) ? ` · ${t('newCase')}` : ''}) — {c.passed ? t('passed') : t('failed')}
          </Typography>
          {c.differences.map((d) => (
            <Typography key={d.key} variant="caption" component="div" sx={{ pl: 2 }}>
              {d.key}: {t('expected')} {JSON.stringify(d.expected)}, {t('actual')} {JSON.stringify(d.actual)}
            </Typography>
          ))}
        </Box>
      ))}
    </Box>
  );
}
