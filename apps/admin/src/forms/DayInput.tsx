import TextField from '@mui/material/TextField';
import type { SxProps } from '@mui/material/styles';
import { useEffect, useState } from 'react';
import { useTranslate } from 'react-admin';
import { parseDayText } from './day-text';

/**
 * A day typed as year-month-day in the backoffice's language (the native date input would follow
 * the browser's locale instead). A day reaches `onChange` as soon as the text is one; text that is
 * not a day says how to write it when the field is left, and changes nothing.
 */
export function DayInput({ label, value, onChange, testId, min, max, sx }: { label: string; value: string; onChange: (day: string) => void; testId?: string; min?: string; max?: string; sx?: SxProps }) {
  const translate = useTranslate();
  const [text, setText] = useState(value);
  const [left, setLeft] = useState(false);
  // Set from outside (cleared, or a day picked elsewhere): show it, unless the text already says it.
  useEffect(() => setText((current) => (dayOf(current) === value ? current : value)), [value]);
  const parsed = parseDayText(text);
  const day = 'day' in parsed ? parsed.day : '';
  const problem = 'invalid' in parsed ? 'pioneer.day.invalid' : day && min && day < min ? 'pioneer.day.before' : day && max && day > max ? 'pioneer.day.after' : null;
  const change = (next: string) => {
    setText(next);
    setLeft(false);
    const read = parseDayText(next);
    const nextDay = 'day' in read ? read.day : 'empty' in read ? '' : null;
    if (nextDay !== null && nextDay !== value && !(nextDay && min && nextDay < min) && !(nextDay && max && nextDay > max)) onChange(nextDay);
  };
  return (
    <TextField
      size="small"
      fullWidth={false}
      sx={{ width: 200, ...sx }}
      label={label}
      value={text}
      placeholder={translate('pioneer.day.placeholder')}
      onChange={(event) => change(event.target.value)}
      onBlur={() => setLeft(true)}
      error={left && problem !== null}
      helperText={left && problem ? translate(problem, { min, max }) : undefined}
      slotProps={{ inputLabel: { shrink: true }, htmlInput: { inputMode: 'numeric', maxLength: 12, 'data-testid': testId } }}
    />
  );
}

const dayOf = (text: string): string => {
  const read = parseDayText(text);
  return 'day' in read ? read.day : '';
};
