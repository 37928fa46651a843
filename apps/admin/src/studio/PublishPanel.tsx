import { Alert, Box, Button, Typography } from '@mui/material';
import { useState } from 'react';
import { useLang } from '../applications/useLang';
import { failureText, studio } from './studio-client';
import type { StudioEditState } from './useStudioEdit';
import { useStudioText } from './useStudioText';

interface Published {
  files: Array<{ path: string; change: string; diff: string }>;
}

/** Publish: the API checks, runs the cases and the generator, then writes; the answer is the diff of every file. */
export function PublishPanel({ code, state }: { code: string; state: StudioEditState }) {
  const lang = useLang();
  const t = useStudioText();
  const [busy, setBusy] = useState(false);
  const [published, setPublished] = useState<Published | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const publish = () => {
    if (!state.edit) return;
    setBusy(true);
    setFailure(null);
    studio
      .publish(code, state.edit)
      .then(
        (answer) => {
          setPublished(answer as unknown as Published);
          state.setNewCases([]);
        },
        (error) => setFailure(failureText(error, lang)),
      )
      .finally(() => setBusy(false));
  };
  return (
    <Box data-testid="studio-publish">
      <Typography variant="body2" sx={{ mb: 1 }}>
        {t('publishHint')}
      </Typography>
      <Button variant="contained" color="primary" disabled={busy || !state.edit} onClick={publish}>
        {busy ? t('publishing') : t('publish')}
      </Button>
      {failure && (
        <Alert severity="error" data-testid="publish-refused" sx={{ whiteSpace: 'pre-line', my: 1 }}>
          {failure}
        </Alert>
      )}
      {published && (
        <Box data-testid="publish-diff" sx={{ mt: 1 }}>
          <Typography>{t('published')}</Typography>
          {published.files.map((f) => (
            <details key={f.path} data-file={f.path}>
              <summary>
                {f.change}: {f.path}
              </summary>
              <Box component="pre" sx={{ fontSize: 11, overflow: 'auto', maxHeight: 300, bgcolor: '#f6f6f6' }}>
                {f.diff}
              </Box>
            </details>
          ))}
        </Box>
      )}
    </Box>
  );
}
