import type { ReactElement, ReactNode } from 'react';
import { Datagrid, List, useResourceContext, useTranslate } from 'react-admin';
import { MeasureSummary } from './MeasureSummary';

/** "训力券 · 申请" */
export function ApplicationsTitle() {
  const resource = useResourceContext();
  const translate = useTranslate();
  return <span>{translate('pioneer.application.list_title', { name: translate(`resources.${resource}.name`) })}</span>;
}

/** A measure's applications: newest first, columns and filters from the generated resource. */
export function ApplicationList({ filters, children }: { filters: ReactElement[]; children: ReactNode }) {
  return (
    <List filters={filters} sort={{ field: 'createdAt', order: 'DESC' }} title={<ApplicationsTitle />} perPage={25} exporter={false}>
      <MeasureSummary />
      <Datagrid rowClick="show" bulkActionButtons={false}>
        {children}
      </Datagrid>
    </List>
  );
}
