import { TextField } from '@mui/material';
import { useEffect, useState } from 'react';
import { useStudioText } from './useStudioText';

/**
 * One JSON value of the measure (an operand, a base, a cap) as text: each edit that parses goes
 * into the editor's text, the one source of truth; one that does not stays here, marked.
 */
export function JsonValueField({ label, value, onChange, testId }: { label: string; value: unknown; onChange: (value: unknown) => void; testId?: string }) {
  const t = useStudioText();
  const shown = JSON.stringify(value) ?? '';
  const [text, setText] = useState(shown);
  const [bad, setBad] = useState(false);
  // The editor changed it (or another panel did): show the new value.
  useEffect(() => {
    setText(shown);
    setBad(false);
  }, [shown]);
  return (
    <TextField
      size="small"
      fullWidth
      label={label}
      value={text}
      error={bad}
      helperText={bad ? t('notJson') : undefined}
      onChange={(e) => {
        setText(e.target.value);
        try {
          onChange(JSON.parse(e.target.value));
          setBad(false);
        } catch {
          setBad(true);
        }
      }}
      slotProps={{ htmlInput: { style: { fontFamily: 'monospace', fontSize: 12 }, ...(testId ? { 'data-testid': testId } : {}) } }}
    />
  );
}
