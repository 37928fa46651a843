import { Box, Typography } from '@mui/material';
import type { Label } from '@pioneer/engine';
import type { JsonObject } from '@pioneer/sdk';
import { JsonValueField } from './JsonValueField';
import { LabelField } from './LabelField';
import { setLabel } from './LabelsPanel';
import type { StudioEditState } from './useStudioEdit';
import { useStudioText } from './useStudioText';

type Rule = { code: string; label?: Label; when: JsonObject; reason?: Label };

/**
 * The eligibility rules, in order: each rule's label and reason in both languages, and the
 * operands of its condition (one JSON value each: a field, a parameter, a literal, a sub-expression).
 */
export function RulesPanel({ state }: { state: StudioEditState }) {
  const t = useStudioText();
  const rules = (state.parsed.measure?.['x-eligibility'] ?? []) as Rule[];
  const edit = (i: number, change: (rule: JsonObject) => void) => state.update((m) => change((m['x-eligibility'] as JsonObject[])[i]));
  return (
    <Box data-testid="studio-rules">
      {rules.length === 0 && <Typography variant="body2">{t('none')}</Typography>}
      {rules.map((rule, i) => {
        const [operator] = Object.keys(rule.when ?? {});
        const operands = operator ? (rule.when as Record<string, unknown>)[operator] : undefined;
        return (
          <Box key={`${rule.code}-${i}`} data-rule={rule.code} sx={{ border: '1px solid #ddd', p: 1, my: 1 }}>
            <Typography variant="body2" sx={{ fontWeight: 'bold' }}>
              {i + 1}. {rule.code}
            </Typography>
            <LabelField label={t('ruleLabel')} value={rule.label} onChange={(l, text) => edit(i, (r) => setLabel(r, 'label', l, text))} />
            <LabelField label={t('reason')} value={rule.reason} testId={`rule-${rule.code}-reason`} onChange={(l, text) => edit(i, (r) => setLabel(r, 'reason', l, text))} />
            <Typography variant="caption">
              {t('condition')}: {operator ?? '—'}
            </Typography>
            {Array.isArray(operands) ? (
              operands.map((operand, j) => (
                <Box key={j} sx={{ my: 0.5 }}>
                  <JsonValueField
                    label={`${t('operand')} ${j + 1}`}
                    value={operand}
                    testId={`rule-${rule.code}-operand-${j}`}
                    onChange={(value) => edit(i, (r) => (((r.when as JsonObject)[operator] as unknown[])[j] = value))}
                  />
                </Box>
              ))
            ) : (
              <JsonValueField label={t('condition')} value={rule.when} onChange={(value) => edit(i, (r) => (r.when = value as JsonObject))} />
            )}
          </Box>
        );
      })}
    </Box>
  );
}
