import { useLang } from './i18n/useLang';
import { errorText } from './session/session';

/** Loading and failure, in the chosen language, with what to do next. */
export function LoadState({ loading, error, retry }: { loading: boolean; error?: unknown; retry: () => void }) {
  const { t, lang } = useLang();
  if (error)
    return (
      <div role="alert" className="error-box">
        <p>
          {t('loadFailed')} {errorText(error, lang)}
        </p>
        <button type="button" onClick={retry}>
          {t('retry')}
        </button>
      </div>
    );
  return loading ? <p role="status">{t('loading')}</p> : null;
}
