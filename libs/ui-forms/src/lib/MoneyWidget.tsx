import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import { MONEY_INPUT_MESSAGES, moneyLabel, parseMoneyInput, type Lang } from '@pioneer/engine';
import { errorId, labelValue, type WidgetProps } from '@rjsf/utils';
import { useEffect, useState } from 'react';
import { fenToYuanText, yuanTextToFen } from './money-text';
import { useBufferedChange } from './useBufferedChange';

/**
 * A money field: people type yuan as they write them ("3000万", "1.5亿", full-width digits), the
 * form stores integer fen. Below it, the amount as read ("3,000万元") or, at once, why it cannot
 * be read; text that is not an amount is passed on as typed, so validation blocks it. The form
 * hears of it when typing pauses (useBufferedChange); the reading below the field follows each key.
 */
export function MoneyWidget(props: WidgetProps) {
  const { id, label, hideLabel, required, disabled, readonly, value, onChange, onBlur, onFocus, rawErrors = [], placeholder, registry } = props;
  const lang = (registry.formContext?.lang ?? 'zh-CN') as Lang;
  const [text, setText] = useState(typeof value === 'number' ? fenToYuanText(value) : '');
  const form = useBufferedChange<unknown>(value, onChange);
  useEffect(() => {
    // Follow the value when it changes from outside (a reset), not while the user types it.
    if (typeof value === 'number' && yuanTextToFen(text) !== value) setText(fenToYuanText(value));
    if (value === undefined && yuanTextToFen(text) !== undefined) setText('');
  }, [value]);
  const read = parseMoneyInput(text);
  const helper = !read.ok ? MONEY_INPUT_MESSAGES[read.problem][lang] : read.fen !== undefined && read.fen > 0 ? moneyLabel(read.fen)[lang] : undefined;
  // Read with the input: the form's error for the field, then the reading below it.
  const describedBy = [errorId(id), helper ? `${id}-helper-text` : ''].join(' ').trim();
  return (
    <TextField
      id={id}
      name={id}
      fullWidth
      label={labelValue(label || undefined, hideLabel, undefined)}
      required={required}
      disabled={disabled || readonly}
      placeholder={placeholder}
      value={text}
      error={rawErrors.length > 0 || !read.ok}
      helperText={helper}
      onChange={(event) => {
        setText(event.target.value);
        const parsed = yuanTextToFen(event.target.value);
        form.change(parsed === null ? event.target.value : parsed);
      }}
      onKeyDown={(event) => event.key === 'Enter' && form.flush()}
      onBlur={() => {
        form.flush();
        onBlur(id, value);
      }}
      onFocus={() => onFocus(id, value)}
      slotProps={{ input: { endAdornment: <InputAdornment position="end">{lang === 'zh-CN' ? '元' : 'yuan'}</InputAdornment> }, htmlInput: { inputMode: 'text', 'data-money': 'yuan', 'aria-invalid': rawErrors.length > 0 || !read.ok, 'aria-describedby': describedBy }, formHelperText: { 'aria-live': 'polite' } as object }}
    />
  );
}
