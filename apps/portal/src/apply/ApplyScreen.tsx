import type { SchemaLoader } from '@pioneer/ui-forms';
import { loadMeasureEngine } from '../engine/measure-engine';
import { FORM_LOADERS } from '../generated/form-loaders.gen';
import { useLang } from '../i18n/useLang';
import { LoadState } from '../LoadState';
import { useAsync } from '../useAsync';
import { initialData } from './initial-data';

/** A measure's application form: new (pre-filled from the organisation's record) or a saved draft resumed. */
export function ApplyScreen({ measure, draftId }: { measure: string; draftId?: string }) {
  const { t } = useLang();
  const loader = FORM_LOADERS[measure];
  if (!loader)
    return (
      <p>
        {t('notFound')}{' '}
        <a className="target" href="#/">
          {t('goHome')}
        </a>
      </p>
    );
  return <LoadedApplyScreen measure={measure} draftId={draftId} loader={loader} />;
}

function LoadedApplyScreen({ measure, draftId, loader }: { measure: string; draftId?: string; loader: SchemaLoader }) {
  // The form's code (rjsf, MUI), its schema, the measure's engine (with the API's date) and the
  // draft or organisation load side by side, not one after another: the form is there once the
  // slowest has come, and the requests leave while the browser still parses the form's code.
  const loaded = useAsync(() => {
    const schema = loader().then((module) => module.schema);
    return Promise.all([import('./ApplicationForm'), schema, loadMeasureEngine(measure), initialData(measure, draftId, schema)]);
  }, [measure]);
  if (!loaded.value) return <LoadState loading={loaded.loading} error={loaded.error} retry={loaded.retry} />;
  const [{ ApplicationForm }, schema, { engine, asOf }, initial] = loaded.value;
  return <ApplicationForm measure={measure} schema={schema} engine={engine} asOf={asOf} initial={initial} draftId={draftId} />;
}
