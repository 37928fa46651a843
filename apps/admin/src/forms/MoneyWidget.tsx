import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import { moneyLabel, type Lang } from '@pioneer/engine';
import { labelValue, type WidgetProps } from '@rjsf/utils';
import { useEffect, useState } from 'react';
import { fenToYuanText, yuanTextToFen } from './yuan';

/**
 * A money field: people type yuan, the form stores integer fen. Text that is not an amount is
 * passed on as typed, so validation flags it instead of the input silently dropping it.
 */
export function MoneyWidget(props: WidgetProps) {
  const { id, label, hideLabel, required, disabled, readonly, value, onChange, onBlur, onFocus, rawErrors = [], placeholder, registry } = props;
  const lang = (registry.formContext?.lang ?? 'zh-CN') as Lang;
  const [text, setText] = useState(typeof value === 'number' ? fenToYuanText(value) : '');
  useEffect(() => {
    // Follow the value when it changes from outside (a reset), not while the user types it.
    if (typeof value === 'number' && yuanTextToFen(text) !== value) setText(fenToYuanText(value));
    if (value === undefined && yuanTextToFen(text) !== undefined) setText('');
  }, [value]);
  const fen = yuanTextToFen(text);
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
      error={rawErrors.length > 0}
      helperText={typeof fen === 'number' && fen > 0 ? moneyLabel(fen)[lang] : undefined}
      onChange={(event) => {
        setText(event.target.value);
        const parsed = yuanTextToFen(event.target.value);
        onChange(parsed === null ? event.target.value : parsed);
      }}
      onBlur={() => onBlur(id, value)}
      onFocus={() => onFocus(id, value)}
      slotProps={{ input: { endAdornment: <InputAdornment position="end">{lang === 'zh-CN' ? '元' : 'yuan'}</InputAdornment> }, htmlInput: { inputMode: 'decimal', 'data-money': 'yuan' } }}
    />
  );
}
