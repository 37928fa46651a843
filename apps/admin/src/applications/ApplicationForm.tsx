import SaveIcon from '@mui/icons-material/Save';
import SendIcon from '@mui/icons-material/Send';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import type { ErrorSchema } from '@rjsf/utils';
import { useState } from 'react';
import { useNotify, useRecordContext, useRedirect, useResourceContext, useSaveContext, useTranslate } from 'react-admin';
import { SchemaForm, useSchema, type SchemaLoader } from '../forms';
import { issuesToErrorSchema } from './server-errors';
import { useLang } from './useLang';

/**
 * Create and edit share this form: "save draft" keeps whatever is typed (drafts may be
 * incomplete); "save and submit" first checks the schema, then the server decides.
 */
export function ApplicationForm({ schema: load }: { schema: SchemaLoader }) {
  const schema = useSchema(load);
  const record = useRecordContext();
  const { save, saving } = useSaveContext();
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const resource = useResourceContext();
  const lang = useLang();
  const [formData, setFormData] = useState<unknown>(record?.data ?? {});
  const [extraErrors, setExtraErrors] = useState<ErrorSchema | undefined>();

  const persist = (data: unknown, submit: boolean) => {
    setExtraErrors(undefined);
    save?.(
      { data },
      {
        meta: { submit },
        onError: (error: { message?: string; body?: { issues?: Array<{ pointer: string; message: string }>; savedId?: string } }) => {
          notify(error.message ?? 'ra.notification.http_error', { type: 'error' });
          // Saved as a draft, not submitted: continue on the draft rather than create another.
          if (error.body?.savedId) redirect('edit', resource, error.body.savedId);
          else setExtraErrors(issuesToErrorSchema(error.body?.issues, lang));
        },
      },
    );
  };

  return (
    <SchemaForm schema={schema} lang={lang} formData={formData} onChange={setFormData} onSubmit={(data) => persist(data, true)} extraErrors={extraErrors} disabled={saving}>
      <Stack direction="row" spacing={2} sx={{ mt: 3 }}>
        <Button type="button" variant="outlined" startIcon={<SaveIcon />} disabled={saving} onClick={() => persist(formData, false)} data-action="save-draft">
          {translate('pioneer.application.save_draft')}
        </Button>
        <Button type="submit" variant="contained" startIcon={<SendIcon />} disabled={saving} data-action="save-submit">
          {translate('pioneer.application.save_submit')}
        </Button>
      </Stack>
    </SchemaForm>
  );
}
