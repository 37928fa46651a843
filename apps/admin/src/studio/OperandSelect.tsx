import { ListSubheader, MenuItem, TextField } from '@mui/material';
import { useLang } from '../applications/useLang';
import type { NamedOperand } from './rule-condition';
import { useStudioText } from './useStudioText';

/** `field:contract.amount` / `param:cap`: one select value per named operand. */
export const operandKey = (o: { kind: 'field' | 'param'; name: string }): string => `${o.kind}:${o.name}`;

/** A choice among the measure's fields and parameters, each by its label with its name beside it. */
export function OperandSelect({ label, operands, value, onChange, testId }: { label: string; operands: NamedOperand[]; value: string; onChange: (operand: NamedOperand) => void; testId?: string }) {
  const lang = useLang();
  const t = useStudioText();
  const group = (kind: 'field' | 'param') =>
    operands
      .filter((o) => o.kind === kind)
      .map((o) => (
        <MenuItem key={operandKey(o)} value={operandKey(o)}>
          {o.label[lang]} · {o.name}
        </MenuItem>
      ));
  const fields = group('field');
  const params = group('param');
  return (
    <TextField
      select
      size="small"
      label={label}
      value={value}
      onChange={(e) => onChange(operands.find((o) => operandKey(o) === e.target.value)!)}
      sx={{ minWidth: 220 }}
      slotProps={{ htmlInput: testId ? { 'data-testid': testId } : {} }}
    >
      {fields.length > 0 && <ListSubheader>{t('aField')}</ListSubheader>}
      {fields}
      {params.length > 0 && <ListSubheader>{t('aParameter')}</ListSubheader>}
      {params}
    </TextField>
  );
}
