import { ListSubheader, MenuItem, TextField } from '@mui/material';
import { useLang } from '../applications/useLang';
import type { NamedOperand, OperandKind, OperandRef } from './rule-condition';
import type { StudioTextKey } from './studio-messages';
import { useStudioText } from './useStudioText';

/** `field:contract.amount` / `param:cap`: one select value per named operand. */
export const operandKey = (o: OperandRef): string => `${o.kind}:${o.name}`;

const GROUPS: Array<[OperandKind, StudioTextKey]> = [
  ['field', 'aField'],
  ['monthsSince', 'aTimeSince'],
  ['param', 'aParameter'],
];

/** A choice among the measure's fields and parameters, each by its label with its name beside it. */
export function OperandSelect({ label, operands, value, onChange, testId }: { label: string; operands: NamedOperand[]; value: string; onChange: (operand: NamedOperand) => void; testId?: string }) {
  const lang = useLang();
  const t = useStudioText();
  // Each kind under its heading; a heading only over a kind that has operands.
  const items = GROUPS.flatMap(([kind, heading]) => {
    const group = operands.filter((o) => o.kind === kind);
    return group.length === 0
      ? []
      : [
          <ListSubheader key={kind}>{t(heading)}</ListSubheader>,
          ...group.map((o) => (
            <MenuItem key={operandKey(o)} value={operandKey(o)}>
              {o.label[lang]} · {o.name}
            </MenuItem>
          )),
        ];
  });
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
      {items}
    </TextField>
  );
}
