import DownloadIcon from '@mui/icons-material/Download';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import type { ExportJobRequest } from '@pioneer/sdk';
import { ExportJobProgress } from './ExportJobProgress';
import { unfinished, useExportJob } from './useExportJob';

/**
 * Starts a whole-measure or whole-ledger export as a background job (the API's workers write it,
 * so a closed tab loses nothing: the file waits under 我的导出 / My exports), then shows its
 * progress and, once done, its download link.
 */
export function ExportJobButton({ request, label, testId }: { request: ExportJobRequest; label: string; testId?: string }) {
  const { job, start } = useExportJob();
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <Button size="small" startIcon={<DownloadIcon />} disabled={unfinished(job)} onClick={() => void start(request)} data-testid={testId}>
        {label}
      </Button>
      {job && <ExportJobProgress job={job} />}
    </Stack>
  );
}
