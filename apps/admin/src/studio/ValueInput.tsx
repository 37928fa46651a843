import { MenuItem, TextField } from '@mui/material';
import { moneyLabel } from '@pioneer/engine';
import { useState } from 'react';
import { useLang } from '../applications/useLang';
import { parseTextList, parseValue, type NamedOperand } from './rule-condition';
import { RULE_TEXT, VALUE_PROBLEMS } from './rule-messages';
import { useStudioText } from './useStudioText';

/**
 * The value a field or parameter is compared with, typed as its type reads: one of a field's
 * listed values, yes or no, a date, an amount as people write it (100万), a number; with `list`
 * (for "is one of"), several of the field's listed values, or texts separated by commas. Hands
 * the parsed value up, or undefined while what is typed is not one.
 */
export function ValueInput({ of, list = false, onChange }: { of: NamedOperand; list?: boolean; onChange: (value: unknown) => void }) {
  const lang = useLang();
  const t = useStudioText();
  const [text, setText] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const parseText = (raw: string) => (list ? parseTextList(raw) : parseValue(of.type, raw));
  const parsed = parseText(text);
  const type = (raw: string) => {
    setText(raw);
    const next = parseText(raw);
    onChange(next.ok ? next.value : undefined);
  };
  if (list && of.choices) {
    const choose = (values: string[]) => {
      setChosen(values);
      onChange(values.length ? values : undefined);
    };
    return (
      <TextField
        select
        size="small"
        label={t('values')}
        value={chosen}
        onChange={(e) => choose(e.target.value as unknown as string[])}
        sx={{ minWidth: 220 }}
        slotProps={{ select: { multiple: true, renderValue: (values) => (values as string[]).map((v) => of.choices!.find((c) => c.value === v)?.label?.[lang] ?? v).join(t('listSeparator')) } }}
      >
        {of.choices.map((c) => (
          <MenuItem key={c.value} value={c.value}>
            {c.label?.[lang] ?? c.value}
          </MenuItem>
        ))}
      </TextField>
    );
  }
  const common = { size: 'small' as const, label: t(list ? 'textList' : 'value'), value: text, onChange: (e: { target: { value: string } }) => type(e.target.value), sx: { minWidth: 160 } };
  if (!list && (of.choices || of.type === 'boolean')) {
    const choices = of.choices ?? [
      { value: 'true', label: RULE_TEXT.yes },
      { value: 'false', label: RULE_TEXT.no },
    ];
    return (
      <TextField select {...common}>
        {choices.map((c) => (
          <MenuItem key={c.value} value={c.value}>
            {c.label?.[lang] ?? c.value}
          </MenuItem>
        ))}
      </TextField>
    );
  }
  const problem = text !== '' && !parsed.ok ? VALUE_PROBLEMS[parsed.problem][lang] : undefined;
  const help = problem ?? (of.type === 'money' && parsed.ok ? moneyLabel(parsed.value as number)[lang] : undefined);
  return (
    <TextField
      {...common}
      type={of.type === 'date' && !list ? 'date' : 'text'}
      error={!!problem}
      helperText={help}
      slotProps={{ inputLabel: of.type === 'date' ? { shrink: true } : undefined, htmlInput: { 'data-testid': 'rule-value' } }}
    />
  );
}
