import { useRecordContext, useResourceContext, useTranslate } from 'react-admin';

/** "训力券 · SZAI-2025-000123": the measure and the readable number, never the id. */
export function ApplicationTitle() {
  const record = useRecordContext();
  const resource = useResourceContext();
  const translate = useTranslate();
  const name = translate(`resources.${resource}.name`);
  return <span data-testid="application-title">{record?.number ? translate('pioneer.application.title', { name, number: record.number }) : name}</span>;
}
