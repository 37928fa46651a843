import { Box, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import type { Lang } from '@pioneer/engine';
import type { JsonObject } from '@pioneer/sdk';
import { useState } from 'react';
import { useLang } from '../applications/useLang';
import { type JsonSchema, SchemaForm } from '../forms';
import type { StudioEditState } from './useStudioEdit';
import { useStudioText } from './useStudioText';

/**
 * The application form the unsaved edit generates, drawn by the same schema-driven form the
 * portal and the backoffice use, in Chinese or English (its own switch, whatever the backoffice's
 * language). It follows the editor after each pause in typing; what is filled in is what try-it decides.
 */
export function FormPreview({ state }: { state: StudioEditState }) {
  const t = useStudioText();
  const [lang, setLang] = useState<Lang>(useLang());
  if (!state.form) return <Typography>{t('loading')}</Typography>;
  return (
    <Box data-testid="studio-form-preview" data-lang={lang}>
      <ToggleButtonGroup size="small" exclusive value={lang} onChange={(_, value: Lang | null) => value && setLang(value)} sx={{ mb: 1 }}>
        <ToggleButton value="zh-CN" data-testid="preview-zh">
          中文
        </ToggleButton>
        <ToggleButton value="en" data-testid="preview-en">
          English
        </ToggleButton>
      </ToggleButtonGroup>
      <Box sx={{ maxHeight: 560, overflow: 'auto', pr: 1 }}>
        <SchemaForm
          schema={state.form as unknown as JsonSchema}
          lang={lang}
          formData={state.application}
          onChange={(data) => state.setApplication(data as JsonObject)}
          onSubmit={() => undefined}
        >
          {/* A preview: nothing to submit, try-it decides what is filled in. */}
          <span />
        </SchemaForm>
      </Box>
    </Box>
  );
}
