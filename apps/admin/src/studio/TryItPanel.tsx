import { Alert, Box, Button, Stack, TextField, Typography } from '@mui/material';
import { expectationOf, moneyLabel, type Decision, type Label } from '@pioneer/engine';
import type { JsonObject } from '@pioneer/sdk';
import { useEffect, useState } from 'react';
import { useLang } from '../applications/useLang';
import { failureText, studio } from './studio-client';
import { DECISION_STATUS } from './studio-messages';
import type { StudioEditState } from './useStudioEdit';
import { useStudioText } from './useStudioText';
import { DayInput } from '../forms/DayInput';

/**
 * Try it: the application filled in the live form preview (the measure's example to start; its
 * JSON can be pasted here too) decided by the unsaved edit on a chosen date, with its trace; the
 * try can be kept as a test case, expecting what it decided.
 */
export function TryItPanel({ code, state }: { code: string; state: StudioEditState }) {
  const lang = useLang();
  const t = useStudioText();
  const [asOf, setAsOf] = useState('');
  const [application, setApplication] = useState('');
  const shared = state.application;
  const [caseName, setCaseName] = useState('');
  const [result, setResult] = useState<{ decision: Decision; trace: Label[] } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  // The JSON text follows the preview's form; text that parses goes back to it (and is left as
  // typed while it says the same, so the cursor does not jump).
  useEffect(
    () =>
      setApplication((text) => {
        try {
          if (JSON.stringify(JSON.parse(text)) === JSON.stringify(shared)) return text;
        } catch {
          // not JSON yet: replaced by what the form holds
        }
        return JSON.stringify(shared, null, 2);
      }),
    [shared],
  );
  const typed = (text: string) => {
    setApplication(text);
    try {
      state.setApplication(JSON.parse(text) as JsonObject);
      setFailure(null);
    } catch (error) {
      setFailure(`${t('notJson')}${(error as Error).message}`);
    }
  };

  useEffect(() => {
    if (!state.edit || !/^\d{4}-\d{2}-\d{2}$/.test(asOf) || state.problems.length) return;
    let live = true;
    // A short pause: typing in the preview's form would otherwise ask for a decision per key.
    const timer = setTimeout(() => {
      studio.evaluate(code, { ...state.edit!, application: shared, asOf }).then(
        (answer) => live && (setResult(answer as unknown as { decision: Decision; trace: Label[] }), setFailure(null)),
        (error) => live && setFailure(failureText(error, lang)),
      );
    }, 300);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [code, state.edit, state.problems, asOf, shared, lang]);

  const keepAsCase = () => {
    if (!result) return;
    const testCase = {
      name: { 'zh-CN': `试算：${asOf}`, en: `Try: ${asOf}` },
      asOf,
      application: shared,
      expected: expectationOf(result.decision),
    };
    state.setNewCases([...state.newCases, { name: caseName, testCase }]);
    setCaseName('');
  };

  const award = result?.decision.award?.amount;
  return (
    <Box data-testid="studio-try-it">
      <Stack direction="row" spacing={1} sx={{ my: 1 }}>
        <DayInput label={t('asOf')} value={asOf} onChange={setAsOf} testId="try-as-of" />
      </Stack>
      <TextField
        label={t('application')}
        multiline
        minRows={4}
        maxRows={12}
        fullWidth
        value={application}
        onChange={(e) => typed(e.target.value)}
        slotProps={{ htmlInput: { style: { fontFamily: 'monospace', fontSize: 12 } } }}
      />
      {failure && (
        <Alert severity="error" sx={{ whiteSpace: 'pre-line', my: 1 }}>
          {failure}
        </Alert>
      )}
      {result && (
        <Box sx={{ my: 1 }}>
          <Typography data-testid="try-decision">
            {t('decision')}: {DECISION_STATUS[result.decision.status]?.[lang] ?? result.decision.status}
          </Typography>
          <Typography variant="h6" data-testid="try-estimate">
            {t('estimate')}: {award === null || award === undefined ? '—' : moneyLabel(award)[lang]}
          </Typography>
          <Typography variant="subtitle2">{t('trace')}</Typography>
          <Box component="ol" sx={{ fontSize: 12, pl: 3, m: 0 }}>
            {result.trace.map((line, i) => (
              <li key={i}>{line[lang]}</li>
            ))}
          </Box>
          <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
            <TextField
              size="small"
              label={t('caseName')}
              value={caseName}
              onChange={(e) => setCaseName(e.target.value.toLowerCase())}
              slotProps={{ htmlInput: { 'data-testid': 'case-name' } }}
            />
            <Button variant="outlined" disabled={!/^[a-z0-9][a-z0-9-]*$/.test(caseName)} onClick={keepAsCase}>
              {t('addCase')}
            </Button>
          </Stack>
        </Box>
      )}
    </Box>
  );
}
