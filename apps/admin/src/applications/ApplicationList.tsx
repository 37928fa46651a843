import { lazy, Suspense, type ReactElement, type ReactNode } from 'react';
import { Datagrid, List, SearchInput, TextField, useResourceContext, useTranslate } from 'react-admin';
import { usePermission } from '../auth/usePermission';
import { ListEmpty, ListError, ListPagination } from '../lists';
import { MeasureSummary } from './MeasureSummary';

// Bulk actions load when rows are first selected: nothing of them weighs on the first visit.
const BulkAssignButton = lazy(() => import('./BulkAssignButton').then((m) => ({ default: m.BulkAssignButton })));
const BulkApproveButton = lazy(() => import('./BulkApproveButton').then((m) => ({ default: m.BulkApproveButton })));
const BulkExportButton = lazy(() => import('./BulkExportButton').then((m) => ({ default: m.BulkExportButton })));

/**
 * On a narrow screen (1024 px) the table scrolls sideways in its card (AppLayout) instead of
 * squeezing each column until a Chinese name stands one character per line.
 */
const NARROW_SCREEN_TABLE = {
  '& .RaDatagrid-headerCell, & .RaDatagrid-rowCell': { minWidth: '5.5em' },
  '& .RaDatagrid-headerCell:first-of-type, & .RaDatagrid-rowCell:first-of-type': { minWidth: 0 },
} as const;

/** "训力券 · 申请" */
export function ApplicationsTitle() {
  const resource = useResourceContext();
  const translate = useTranslate();
  return <span>{translate('pioneer.application.list_title', { name: translate(`resources.${resource}.name`) })}</span>;
}

/**
 * A measure's applications: newest first; a keyword box (number, organisation, project: the
 * API's `q`); the readable number first, sortable like status, amount and submission date;
 * columns and filters from the generated resource; real error and empty states; selected rows
 * assigned to reviewers (admins), approved at once (approvers) or exported (admins, approvers).
 */
export function ApplicationList({ filters, children }: { filters: ReactElement[]; children: ReactNode }) {
  const translate = useTranslate();
  const mayExport = usePermission('exportData');
  const mayAssign = usePermission('assignReviewers');
  const mayApprove = usePermission('approve');
  // Only the bulk actions the role can succeed with: no checkbox column at all for the others.
  const bulk = mayExport || mayAssign || mayApprove ? (
    <Suspense fallback={null}>
      {mayAssign && <BulkAssignButton />}
      {mayApprove && <BulkApproveButton />}
      {mayExport && <BulkExportButton />}
    </Suspense>
  ) : false;
  const search = <SearchInput key="q" source="q" alwaysOn placeholder={translate('pioneer.list.search_applications')} />;
  return (
    <List
      filters={[search, ...filters]}
      sort={{ field: 'createdAt', order: 'DESC' }}
      title={<ApplicationsTitle />}
      perPage={25}
      exporter={false}
      error={<ListError />}
      empty={<ListEmpty />}
      pagination={<ListPagination />}
    >
      <MeasureSummary />
      <Datagrid rowClick="show" bulkActionButtons={bulk} sx={NARROW_SCREEN_TABLE}>
        <TextField source="number" label="pioneer.application.number" sx={{ whiteSpace: 'nowrap' }} />
        {children}
      </Datagrid>
    </List>
  );
}
