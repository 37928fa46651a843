import { useLang } from './i18n/useLang';
import { navigate, type Route } from './routing/useHashRoute';
import { useSession } from './session/useSession';

/** The title, the menu and the language switch; the current page is marked for screen readers. */
export function Header({ route }: { route: Route }) {
  const { lang, setLang, t } = useLang();
  const { session, signOut } = useSession();
  const current = route.path[0] ?? '';
  const link = (href: string, page: string, label: string) => (
    <a href={href} aria-current={current === page ? 'page' : undefined}>
      {label}
    </a>
  );
  return (
    <header className="header">
      <a className="brand" href="#/">
        {t('appTitle')}
      </a>
      <nav aria-label={t('appTitle')}>
        {link('#/', '', t('navPolicy'))}
        {link('#/match', 'match', t('navMatch'))}
        {link('#/applications', 'applications', t('navApplications'))}
        {session ? (
          <button type="button" className="link" onClick={() => signOut().then(() => navigate('#/'))}>
            {t('navSignOut')}
            <span className="who">
              {t('openedParen')}
              {session.displayName}
              {t('closedParen')}
            </span>
          </button>
        ) : (
          link('#/sign-in', 'sign-in', t('navSignIn'))
        )}
        <button type="button" className="lang" data-lang-switch lang={lang === 'zh-CN' ? 'en' : 'zh-CN'} aria-label={t('switchLanguageLabel')} onClick={() => setLang(lang === 'zh-CN' ? 'en' : 'zh-CN')}>
          {t('switchLanguage')}
        </button>
      </nav>
    </header>
  );
}
