import { Button, MenuItem, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { useLang } from '../applications/useLang';
import { OperandSelect, operandKey } from './OperandSelect';
import { COMPARISONS, isMembership, operatorsFor, rightOperands, type Clause, type NamedOperand } from './rule-condition';
import { OPERATOR_TEXT } from './rule-messages';
import { useStudioText } from './useStudioText';
import { ValueInput } from './ValueInput';

type RightKind = 'value' | 'field' | 'param';

/**
 * One condition from choices: a field, the months since a date field, or a parameter; an operator
 * its type allows; and what it is compared with (a value typed as its type reads, another field
 * or parameter of a comparable type; for "is one of", listed values or a list parameter).
 */
export function ClauseRow({ clause, operands, onChange, onRemove }: { clause: Clause; operands: NamedOperand[]; onChange: (clause: Clause) => void; onRemove?: () => void }) {
  const lang = useLang();
  const t = useStudioText();
  const left = clause.left && operands.find((o) => operandKey(o) === operandKey(clause.left!));
  const operators = operatorsFor(left);
  const presence = clause.operator === 'present' || clause.operator === 'absent';
  // What the subject is compared with: held here, as no operand is chosen yet when it changes.
  const [rightKind, setRightKind] = useState<RightKind>(clause.right?.kind === 'field' || clause.right?.kind === 'param' ? clause.right.kind : 'value');
  const others = left ? rightOperands(left, clause.operator, operands) : [];
  const kinds: RightKind[] = ['value', ...(['field', 'param'] as const).filter((k) => others.some((o) => o.kind === k))];
  // A list parameter has no operator of its own: it is only what an "is one of" reads.
  const subjects = operands.filter((o) => operatorsFor(o).length > 0);
  // Between a comparison and a membership the value's shape changes (one value, a list): it starts again.
  const setOperator = (operator: Clause['operator']) => {
    const sameShape = isMembership(operator) === isMembership(clause.operator);
    if (!sameShape) setRightKind('value');
    onChange({ ...clause, operator, right: sameShape ? clause.right : undefined });
  };
  return (
    <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1, alignItems: 'flex-start', my: 1 }}>
      <OperandSelect
        label={t('subject')}
        operands={subjects}
        value={left ? operandKey(left) : ''}
        // A new subject may have another type: its operator and value start again.
        onChange={(o) => {
          setRightKind('value');
          onChange({ operator: '==', left: { kind: o.kind, name: o.name } });
        }}
      />
      <TextField
        select
        size="small"
        label={t('operator')}
        value={left ? clause.operator : ''}
        disabled={!left}
        onChange={(e) => setOperator(e.target.value as Clause['operator'])}
        sx={{ minWidth: 120 }}
      >
        {operators.map((op) => (
          <MenuItem key={op} value={op}>
            {OPERATOR_TEXT[op][lang]} {(COMPARISONS as readonly string[]).includes(op) ? op : ''}
          </MenuItem>
        ))}
      </TextField>
      {left && !presence && (
        <>
          <TextField
            select
            size="small"
            label={t('compareWith')}
            value={rightKind}
            onChange={(e) => {
              setRightKind(e.target.value as RightKind);
              onChange({ ...clause, right: undefined });
            }}
            sx={{ minWidth: 120 }}
          >
            {kinds.map((k) => (
              <MenuItem key={k} value={k}>
                {t(k === 'field' ? 'aField' : k === 'param' ? 'aParameter' : isMembership(clause.operator) ? 'aList' : 'aValue')}
              </MenuItem>
            ))}
          </TextField>
          {rightKind === 'value' ? (
            // Keyed by the subject and the value's shape: a value typed for another field or operator is not carried over.
            <ValueInput
              key={`${operandKey(left)} ${isMembership(clause.operator)}`}
              of={left}
              list={isMembership(clause.operator)}
              onChange={(value) => onChange({ ...clause, right: { kind: 'value', value } })}
            />
          ) : (
            <OperandSelect
              label={t('fieldOrParameter')}
              operands={others.filter((o) => o.kind === rightKind)}
              value={clause.right && clause.right.kind !== 'value' ? operandKey(clause.right) : ''}
              onChange={(o) => onChange({ ...clause, right: { kind: o.kind, name: o.name } })}
            />
          )}
        </>
      )}
      {onRemove && (
        <Button size="small" onClick={onRemove}>
          {t('removeClause')}
        </Button>
      )}
    </Stack>
  );
}
