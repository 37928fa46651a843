import { PioneerApiError, type RegistrationInput } from '@pioneer/sdk';
import { issuesToErrorSchema, SchemaForm } from '@pioneer/ui-forms';
import type { ErrorSchema } from '@rjsf/utils';
import { useState } from 'react';
import { useLang } from '../i18n/useLang';
import { LoadState } from '../LoadState';
import { navigate } from '../routing/useHashRoute';
import { apiClient, errorText } from '../session/session';
import { useAsync } from '../useAsync';
import { registrationSchema } from './organisation-schema';

/** Registers an organisation account: the organisation (credit code checked as typed), its contact person and first user. */
export function Register() {
  const { t, lang } = useLang();
  const schema = useAsync(registrationSchema, []);
  const [data, setData] = useState<unknown>({});
  const [serverErrors, setServerErrors] = useState<ErrorSchema>();
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);

  const register = async (input: unknown) => {
    setBusy(true);
    setFailure(undefined);
    try {
      await apiClient().auth.register(input as RegistrationInput);
      navigate(`#/sign-in?registered=1&next=${encodeURIComponent('#/match')}`);
    } catch (error) {
      setServerErrors(error instanceof PioneerApiError && error.issues ? issuesToErrorSchema(error.issues, lang) : undefined);
      setFailure(errorText(error, lang));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <h1>{t('registerTitle')}</h1>
      <p>{t('registerIntro')}</p>
      <LoadState loading={schema.loading} error={schema.error} retry={schema.retry} />
      {schema.value && (
        <SchemaForm schema={schema.value} lang={lang} formData={data} onChange={setData} onSubmit={register} extraErrors={serverErrors} disabled={busy}>
          <div role="alert" aria-live="assertive" className="form-alert">
            {failure}
          </div>
          <button type="submit" className="button primary" disabled={busy}>
            {t('register')}
          </button>
        </SchemaForm>
      )}
    </>
  );
}
