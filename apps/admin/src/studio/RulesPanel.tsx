import { Box, Typography } from '@mui/material';
import type { Label } from '@pioneer/engine';
import type { JsonObject } from '@pioneer/sdk';
import { useMemo } from 'react';
import { NewRuleForm } from './NewRuleForm';
import { namedOperands } from './rule-condition';
import { moveItem, ruleCodePattern } from './rule-list';
import { RuleCard, type Rule } from './RuleCard';
import type { StudioEditState } from './useStudioEdit';
import { useStudioText } from './useStudioText';

/**
 * The eligibility rules, in order (the order applicants read the reasons for a refusal in): each
 * rule edited, moved or removed, and a new rule added at the end. Every change goes through the
 * edit state, so the problems, the preview, the cases and the what-if follow as for any edit.
 */
export function RulesPanel({ state }: { state: StudioEditState }) {
  const t = useStudioText();
  const rules = (state.parsed.measure?.['x-eligibility'] ?? []) as Rule[];
  const parameters = state.parsed.measure?.['x-parameters'] as Record<string, { type: string; label?: Label }> | undefined;
  // Fields come from the form the last check generated (every $ref inlined); parameters from the edit.
  const operands = useMemo(() => namedOperands(state.form, parameters ?? {}), [state.form, parameters]);
  const codePattern = useMemo(() => (state.saved ? ruleCodePattern(state.saved.metaSchema) : undefined), [state.saved]);
  const setRules = (change: (list: JsonObject[]) => JsonObject[]) =>
    state.update((m) => (m['x-eligibility'] = change((m['x-eligibility'] ?? []) as JsonObject[])));
  // A key per rule that survives a move (a code, numbered when the JSON repeats one), so focus stays on the moved rule's button.
  const keys = rules.map((rule, i) => `${rule.code}#${rules.slice(0, i).filter((r) => r.code === rule.code).length}`);
  return (
    <Box data-testid="studio-rules">
      <Typography variant="body2" color="text.secondary">
        {t('ruleOrder')}
      </Typography>
      {rules.length === 0 && <Typography variant="body2">{t('none')}</Typography>}
      {rules.map((rule, i) => (
        <RuleCard
          key={keys[i]}
          rule={rule}
          index={i}
          count={rules.length}
          operands={operands}
          edit={(change) => state.update((m) => change((m['x-eligibility'] as JsonObject[])[i]))}
          onMove={(to) => setRules((list) => moveItem(list, i, to))}
          onRemove={() => setRules((list) => list.filter((_, j) => j !== i))}
        />
      ))}
      <NewRuleForm operands={operands} takenCodes={rules.map((r) => r.code)} codePattern={codePattern} onAdd={(rule) => setRules((list) => [...list, rule])} />
    </Box>
  );
}
