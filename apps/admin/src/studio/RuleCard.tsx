import { Box, MenuItem, Stack, TextField, Typography } from '@mui/material';
import type { Label } from '@pioneer/engine';
import type { JsonObject } from '@pioneer/sdk';
import { useLang } from '../applications/useLang';
import { JsonValueField } from './JsonValueField';
import { LabelField } from './LabelField';
import { setLabel } from './LabelsPanel';
import { switchableOperators, type NamedOperand } from './rule-condition';
import { OPERATOR_TEXT } from './rule-messages';
import { RuleOrderControls } from './RuleOrderControls';
import { useStudioText } from './useStudioText';

export type Rule = { code: string; label?: Label; when: JsonObject; reason?: Label };

interface Props {
  rule: Rule;
  index: number;
  count: number;
  operands: NamedOperand[];
  /** Changes this rule in a copy of the measure (the edit state's update). */
  edit: (change: (rule: JsonObject) => void) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
}

/**
 * One eligibility rule: its place in the order, its label and reason in both languages, its
 * operator (switched among those its operands allow) and the operands of its condition, each a
 * JSON value (a field, a parameter, a literal, a sub-expression).
 */
export function RuleCard({ rule, index, count, operands, edit, onMove, onRemove }: Props) {
  const lang = useLang();
  const t = useStudioText();
  const [operator] = Object.keys(rule.when ?? {});
  const args = operator ? (rule.when as Record<string, unknown>)[operator] : undefined;
  const switchable = switchableOperators(rule.when, operands);
  const setOperator = (next: string) => edit((r) => (r.when = { [next]: (r.when as Record<string, unknown>)[operator] } as JsonObject));
  return (
    <Box data-rule={rule.code} sx={{ border: '1px solid #ddd', p: 1, my: 1 }}>
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center' }}>
        <Typography variant="body2" sx={{ fontWeight: 'bold' }}>
          {index + 1}. {rule.code}
        </Typography>
        <RuleOrderControls code={rule.code} index={index} count={count} onMove={onMove} onRemove={onRemove} />
      </Stack>
      <LabelField label={t('ruleLabel')} value={rule.label} onChange={(l, text) => edit((r) => setLabel(r, 'label', l, text))} />
      <LabelField label={t('reason')} value={rule.reason} testId={`rule-${rule.code}-reason`} onChange={(l, text) => edit((r) => setLabel(r, 'reason', l, text))} />
      {switchable.length > 0 ? (
        <TextField
          select
          size="small"
          label={`${t('operator')} · ${rule.code}`}
          value={operator}
          onChange={(e) => setOperator(e.target.value)}
          sx={{ minWidth: 160, my: 0.5 }}
        >
          {switchable.map((op) => (
            <MenuItem key={op} value={op}>
              {OPERATOR_TEXT[op as keyof typeof OPERATOR_TEXT][lang]} {op}
            </MenuItem>
          ))}
        </TextField>
      ) : (
        <Typography variant="caption">
          {t('condition')}: {operator ?? '—'}
        </Typography>
      )}
      {Array.isArray(args) ? (
        args.map((operand, j) => (
          <Box key={j} sx={{ my: 0.5 }}>
            <JsonValueField
              label={`${t('operand')} ${j + 1}`}
              value={operand}
              testId={`rule-${rule.code}-operand-${j}`}
              onChange={(value) => edit((r) => (((r.when as JsonObject)[operator] as unknown[])[j] = value))}
            />
          </Box>
        ))
      ) : (
        <JsonValueField label={t('condition')} value={rule.when} onChange={(value) => edit((r) => (r.when = value as JsonObject))} />
      )}
    </Box>
  );
}
