import { PioneerApiError, type JsonObject } from '@pioneer/sdk';
import type { OfflineMeasure } from '@pioneer/sdk/offline';
import { crossFieldErrors, issuesToErrorSchema, SchemaForm, type JsonSchema } from '@pioneer/ui-forms';
import type { ErrorSchema } from '@rjsf/utils';
import { useDeferredValue, useMemo, useState } from 'react';
import { useLang } from '../i18n/useLang';
import { navigate } from '../routing/useHashRoute';
import { errorText, withSession } from '../session/session';
import { EstimateBar } from './EstimateBar';
import { EstimatePanel } from './EstimatePanel';
import type { InitialForm } from './initial-data';
import { liveEstimate, rulesOf } from './live-estimate';
import { uploadWithProgress } from './upload-with-progress';

interface Props {
  measure: string;
  schema: JsonSchema;
  /** The measure's own engine (its chunk only): validation and the live estimate. */
  engine: OfflineMeasure;
  asOf: string;
  initial: InitialForm;
  draftId?: string;
}

/** The form with its live estimate, cross-field checks, draft saving, uploads and submission. */
export function ApplicationForm({ measure, schema, engine, asOf, initial, draftId }: Props) {
  const { t, l, lang } = useLang();
  const [data, setData] = useState(initial.data);
  const [id, setId] = useState(draftId);
  const [serverErrors, setServerErrors] = useState<ErrorSchema>();
  const [notice, setNotice] = useState<{ kind: 'ok' | 'error'; text: string }>();
  const [busy, setBusy] = useState(false);
  // The estimate follows the typing without holding it up: React renders it when the input is idle.
  const deferred = useDeferredValue(data);
  const live = useMemo(() => liveEstimate(engine, schema, deferred, asOf), [engine, schema, deferred, asOf]);
  const crossField = useMemo(() => crossFieldErrors(schema, rulesOf(live), lang), [schema, live, lang]);
  const upload = useMemo(() => uploadWithProgress(measure, lang), [measure, lang]);
  const name = engine.info.name;

  const save = async (form: unknown): Promise<string> => {
    const record = await withSession((client) => {
      const applications = client.applications(measure);
      return id ? applications.update(id, form as JsonObject) : applications.create(form as JsonObject);
    });
    if (!id) {
      setId(record.id);
      history.replaceState(null, '', `#/apply/${measure}/${record.id}`);
    }
    return record.id;
  };

  const act = async (what: 'save' | 'submit', form: unknown) => {
    setBusy(true);
    setNotice(undefined);
    try {
      const saved = await save(form);
      if (what === 'save') return setNotice({ kind: 'ok', text: t('draftSaved') });
      await withSession((c) => c.applications(measure).submit(saved));
      navigate(`#/applications/${saved}?submitted=1`);
    } catch (error) {
      setServerErrors(error instanceof PioneerApiError && error.issues ? issuesToErrorSchema(error.issues, lang) : undefined);
      setNotice({ kind: 'error', text: (what === 'save' ? t('saveFailed') : t('submitFailed')) + errorText(error, lang) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="apply">
      <div className="apply-form">
        <h1>
          {t('formTitle')} · {l(name)}
        </h1>
        {initial.prefilled && <p className="muted">{t('prefilled')}</p>}
        {initial.returnedFor !== undefined && (
          <section className="returned" aria-labelledby="returned-title">
            <h2 id="returned-title">{t('returnedTitle')}</h2>
            {initial.returnedFor && (
              <p data-returned-for translate="no">
                {initial.returnedFor}
              </p>
            )}
            <p className="muted">{t('returnedHint')}</p>
          </section>
        )}
        <SchemaForm
          schema={schema}
          lang={lang}
          formData={data}
          onChange={(next) => {
            setData(next);
            setServerErrors(undefined);
          }}
          onSubmit={(form) => act('submit', form)}
          extraErrors={serverErrors ?? crossField}
          extraErrorsBlockSubmit
          disabled={busy}
          upload={upload}
          precompiled={engine.schemaErrors}
        >
          <div role={notice?.kind === 'error' ? 'alert' : 'status'} aria-live="polite" className={`form-alert ${notice?.kind ?? ''}`}>
            {notice?.text}
          </div>
          <div className="actions">
            <button type="button" className="button" disabled={busy} onClick={() => act('save', data)}>
              {t('saveDraft')}
            </button>
            <button type="submit" className="button primary" disabled={busy}>
              {initial.returnedFor !== undefined ? t('resubmit') : t('submit')}
            </button>
          </div>
        </SchemaForm>
        <EstimateBar live={live} />
      </div>
      <EstimatePanel live={live} />
    </div>
  );
}
