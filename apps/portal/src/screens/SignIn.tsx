import { PioneerApiError } from '@pioneer/sdk';
import { useId, useState, type FormEvent } from 'react';
import { useLang } from '../i18n/useLang';
import { navigate } from '../routing/useHashRoute';
import { apiClient, errorText } from '../session/session';
import { useSession } from '../session/useSession';

/**
 * Sign-in of an organisation account. Shown in place of a page that needs it (`explain`), so a
 * signed-out first visit lands here at once, and continues to that page afterwards.
 */
export function SignIn({ next, explain = false }: { next: string; explain?: boolean }) {
  const { t, lang } = useLang();
  const { signedIn, ended } = useSession();
  const id = useId();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const registered = new URLSearchParams(window.location.hash.split('?')[1] ?? '').get('registered') === '1';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(undefined);
    try {
      signedIn(await apiClient().auth.signIn({ username: username.trim(), password }));
      navigate(next.startsWith('#/sign-in') ? '#/applications' : next, { replace: true });
    } catch (error) {
      setFailure(error instanceof PioneerApiError && error.status === 401 ? t('signInFailed') : errorText(error, lang));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="narrow" onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
      <h1 id={`${id}-title`}>{t('signInTitle')}</h1>
      {ended ? (
        <p role="status" className="form-alert">
          {t('sessionEnded')}
        </p>
      ) : (
        explain && <p>{t('signInNeeded')}</p>
      )}
      {registered && <p role="status">{t('registered')}</p>}
      <label htmlFor={`${id}-user`}>{t('username')}</label>
      <input id={`${id}-user`} name="username" autoComplete="username" required value={username} onChange={(e) => setUsername(e.target.value)} />
      <label htmlFor={`${id}-password`}>{t('password')}</label>
      <input id={`${id}-password`} name="password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
      <div role="alert" aria-live="assertive" className="form-alert">
        {failure}
      </div>
      <button type="submit" className="button primary" disabled={busy || !username || !password}>
        {t('signIn')}
      </button>
      <p>
        {t('noAccount')}{' '}
        <a className="target" href="#/register">
          {t('navRegister')}
        </a>
      </p>
    </form>
  );
}
