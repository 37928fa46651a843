import { Stack, TextField } from '@mui/material';
import type { Label } from '@pioneer/engine';
import { useStudioText } from './useStudioText';

/** A text in both languages (a name, a reason, a criterion): two fields side by side. */
export function LabelField({ label, value, onChange, testId }: { label: string; value: Label | undefined; onChange: (lang: keyof Label, text: string) => void; testId?: string }) {
  const t = useStudioText();
  return (
    <Stack direction="row" spacing={1} sx={{ my: 0.5 }}>
      {(['zh-CN', 'en'] as const).map((l) => (
        <TextField
          key={l}
          size="small"
          fullWidth
          label={`${label} · ${t(l === 'zh-CN' ? 'inChinese' : 'inEnglish')}`}
          value={value?.[l] ?? ''}
          onChange={(e) => onChange(l, e.target.value)}
          slotProps={{ htmlInput: testId ? { 'data-testid': `${testId}-${l}` } : {} }}
        />
      ))}
    </Stack>
  );
}
