import { TextField } from '@mui/material';
import { MONEY_INPUT_MESSAGES, moneyLabel, parseMoneyInput } from '@pioneer/engine';
import { useState } from 'react';
import { useLang } from '../applications/useLang';

interface Props {
  type: string;
  value: unknown;
  label: string;
  onChange: (value: unknown) => void;
}

/** One parameter value of one version: money typed as people write it (3000万), rates as "50%", numbers as numbers. */
export function ParameterInput({ type, value, label, onChange }: Props) {
  const lang = useLang();
  const shown =
    type === 'money' && typeof value === 'number'
      ? moneyLabel(value)['zh-CN']
      : typeof value === 'object'
        ? JSON.stringify(value)
        : String(value ?? '');
  const [text, setText] = useState(shown);
  const [problem, setProblem] = useState<string | null>(null);
  const commit = (raw: string) => {
    setText(raw);
    if (type === 'money') {
      const parsed = parseMoneyInput(raw);
      if (!parsed.ok) return setProblem(MONEY_INPUT_MESSAGES[parsed.problem][lang]);
      setProblem(null);
      onChange(parsed.fen ?? 0);
    } else if (type === 'integer' || type === 'number') {
      const n = Number(raw);
      if (raw.trim() === '' || Number.isNaN(n)) return setProblem(lang === 'zh-CN' ? '请输入数字' : 'Enter a number');
      setProblem(null);
      onChange(n);
    } else if (type === 'rate' || typeof value === 'string') {
      setProblem(null);
      onChange(raw);
    } else {
      try {
        onChange(JSON.parse(raw));
        setProblem(null);
      } catch {
        setProblem(lang === 'zh-CN' ? '须为 JSON' : 'Must be JSON');
      }
    }
  };
  const help = problem ?? (type === 'money' && typeof value === 'number' ? moneyLabel(value)[lang] : undefined);
  return (
    <TextField
      size="small"
      label={label}
      value={text}
      onChange={(e) => commit(e.target.value)}
      error={!!problem}
      helperText={help}
      slotProps={{ htmlInput: { 'data-parameter': label } }}
    />
  );
}
