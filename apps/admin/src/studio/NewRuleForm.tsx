import { Box, Button, FormControlLabel, Radio, RadioGroup, TextField, Typography } from '@mui/material';
import type { Label } from '@pioneer/engine';
import type { JsonObject } from '@pioneer/sdk';
import { useState } from 'react';
import { ConditionBuilder } from './ConditionBuilder';
import { JsonValueField } from './JsonValueField';
import { LabelField } from './LabelField';
import { conditionExpression, type ConditionDraft, type NamedOperand } from './rule-condition';
import { isComplete, newRule, ruleCodeProblem } from './rule-list';
import type { StudioTextKey } from './studio-messages';
import { useStudioText } from './useStudioText';

const EMPTY: Label = { 'zh-CN': '', en: '' };
const FIRST_DRAFT: ConditionDraft = { join: 'and', clauses: [{ operator: '==' }] };
const CODE_PROBLEM: Record<'required' | 'pattern' | 'duplicate', StudioTextKey> = { required: 'codeRequired', pattern: 'codePattern', duplicate: 'codeDuplicate' };

interface Props {
  operands: NamedOperand[];
  takenCodes: string[];
  codePattern: RegExp | undefined;
  onAdd: (rule: JsonObject) => void;
}

/**
 * A new eligibility rule: its code (checked as typed against the meta-schema's pattern and the
 * measure's other codes), its name and reason in both languages, and its condition, built from
 * choices or written as an expression. Added at the end of the list; nothing is written before publish.
 */
export function NewRuleForm({ operands, takenCodes, codePattern, onAdd }: Props) {
  const t = useStudioText();
  const [code, setCode] = useState('');
  const [label, setLabel] = useState(EMPTY);
  const [reason, setReason] = useState(EMPTY);
  const [mode, setMode] = useState<'build' | 'json'>('build');
  const [draft, setDraft] = useState(FIRST_DRAFT);
  const [written, setWritten] = useState<unknown>(undefined);
  // Bumped on add, so the condition's controls start again with what they hold themselves.
  const [round, setRound] = useState(0);

  const codeProblem = ruleCodeProblem(code, takenCodes, codePattern);
  // Written by hand, only an expression object can be a rule's condition (the checker then types it).
  const isExpression = !!written && typeof written === 'object' && !Array.isArray(written);
  const when = mode === 'build' ? conditionExpression(draft) : isExpression ? (written as JsonObject) : undefined;
  const missing: StudioTextKey[] = [
    ...(codeProblem ? (['needCode'] as const) : []),
    ...(isComplete(label) ? [] : (['needLabel'] as const)),
    ...(isComplete(reason) ? [] : (['needReason'] as const)),
    ...(when === undefined ? (['needCondition'] as const) : []),
  ];
  const add = () => {
    onAdd(newRule(code, label, when!, reason));
    setCode('');
    setLabel(EMPTY);
    setReason(EMPTY);
    setDraft(FIRST_DRAFT);
    setWritten(undefined);
    setRound(round + 1);
  };
  const switchMode = (next: 'build' | 'json') => {
    // The condition built so far carries over into the expression, to be refined by hand.
    if (next === 'json' && written === undefined) setWritten(conditionExpression(draft));
    setMode(next);
  };

  return (
    <Box component="section" aria-labelledby="new-rule-title" data-testid="new-rule" sx={{ border: '1px dashed #999', p: 1, my: 1 }}>
      <Typography id="new-rule-title" variant="subtitle1">
        {t('addRule')}
      </Typography>
      <Typography variant="caption" color="text.secondary">
        {t('addNote')}
      </Typography>
      <TextField
        size="small"
        fullWidth
        label={t('ruleCode')}
        value={code}
        onChange={(e) => setCode(e.target.value)}
        error={code !== '' && !!codeProblem}
        helperText={code !== '' && codeProblem ? t(CODE_PROBLEM[codeProblem]) : t('ruleCodeHelp')}
        slotProps={{ htmlInput: { 'data-testid': 'new-rule-code' } }}
        sx={{ my: 1 }}
      />
      <LabelField label={t('ruleLabel')} value={label} testId="new-rule-label" onChange={(l, text) => setLabel({ ...label, [l]: text })} />
      <LabelField label={t('reason')} value={reason} testId="new-rule-reason" onChange={(l, text) => setReason({ ...reason, [l]: text })} />
      <RadioGroup row value={mode} onChange={(e) => switchMode(e.target.value as 'build' | 'json')} aria-label={t('condition')}>
        <FormControlLabel value="build" control={<Radio size="small" />} label={t('buildMode')} />
        <FormControlLabel value="json" control={<Radio size="small" />} label={t('jsonMode')} />
      </RadioGroup>
      {mode === 'build' ? (
        <ConditionBuilder key={round} draft={draft} operands={operands} onChange={setDraft} />
      ) : (
        <JsonValueField label={t('expression')} value={written ?? null} testId="new-rule-expression" onChange={setWritten} />
      )}
      {missing.length > 0 && (
        <Typography variant="body2" color="text.secondary" id="new-rule-missing" sx={{ mt: 1 }}>
          {t('stillNeeded')}
          {missing.map((key) => t(key)).join(t('listSeparator'))}
        </Typography>
      )}
      <Button variant="contained" sx={{ mt: 1 }} disabled={missing.length > 0} onClick={add} aria-describedby={missing.length ? 'new-rule-missing' : undefined}>
        {t('add')}
      </Button>
    </Box>
  );
}
