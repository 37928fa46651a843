import { useSchema, type JsonSchema } from '@pioneer/ui-forms';
import { loadMeasureEngine } from '../engine/measure-engine';
import { FORM_LOADERS } from '../generated/form-loaders.gen';
import { useLang } from '../i18n/useLang';
import { LoadState } from '../LoadState';
import { useAsync } from '../useAsync';
import { ApplicationForm } from './ApplicationForm';
import { initialData } from './initial-data';

const organisationKeyOf = (schema: JsonSchema) =>
  Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>).find(([, node]) => node['x-kind'] === 'organisation')?.[0];

/** A measure's application form: new (pre-filled from the organisation's record) or a saved draft resumed. */
export function ApplyScreen({ measure, draftId }: { measure: string; draftId?: string }) {
  const { t } = useLang();
  const loader = FORM_LOADERS[measure];
  if (!loader)
    return (
      <p>
        {t('notFound')} <a href="#/">{t('goHome')}</a>
      </p>
    );
  return <LoadedApplyScreen measure={measure} draftId={draftId} schema={useSchema(loader)} />;
}

function LoadedApplyScreen({ measure, draftId, schema }: { measure: string; draftId?: string; schema: JsonSchema }) {
  const loaded = useAsync(() => Promise.all([loadMeasureEngine(measure), initialData(measure, draftId, organisationKeyOf(schema))]), [measure]);
  if (!loaded.value) return <LoadState loading={loaded.loading} error={loaded.error} retry={loaded.retry} />;
  const [{ engine, asOf }, initial] = loaded.value;
  return <ApplicationForm measure={measure} schema={schema} engine={engine} asOf={asOf} initial={initial} draftId={draftId} />;
}
