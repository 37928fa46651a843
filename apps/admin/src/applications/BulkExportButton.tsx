import DownloadIcon from '@mui/icons-material/Download';
import { Button, useListContext, useNotify, useTranslate } from 'react-admin';
import { ExportJobButton } from '../exports';
import { saveFile } from '../lists/save-file';
import { backoffice } from '../providers/providers';

/**
 * Exports the rows selected in a measure's list as XLSX, streamed at once (at most a page), or the
 * whole measure as a background job with its progress (roles that may export: admin, approver).
 */
export function BulkExportButton() {
  const { selectedIds, resource } = useListContext();
  const translate = useTranslate();
  const notify = useNotify();
  const exportSelected = () =>
    backoffice.exportApplications(resource, 'xlsx', selectedIds.map(String)).then(
      (blob) => saveFile(blob, `${resource}-${selectedIds.length}.xlsx`),
      (e: Error) => notify(e.message, { type: 'error' }),
    );
  return (
    <>
      <Button label={translate('pioneer.list.export_selected', { smart_count: selectedIds.length })} onClick={exportSelected} startIcon={<DownloadIcon />} data-testid="bulk-export" />
      <ExportJobButton request={{ kind: 'applications', measure: resource, format: 'xlsx' }} label={translate('pioneer.exports.whole_measure')} testId="export-whole-measure" />
    </>
  );
}
