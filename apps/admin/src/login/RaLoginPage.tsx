import { useLocaleState, useLogin } from 'react-admin';
import { LoginPage } from './LoginPage';

/** The sign-in page inside react-admin (after signing out): its login, which reloads the user's permissions, and its locale. */
export function RaLoginPage() {
  const login = useLogin();
  const [locale, setLocale] = useLocaleState();
  return <LoginPage lang={locale === 'en' ? 'en' : 'zh-CN'} onLangChange={setLocale} signIn={(username, password) => login({ username, password })} />;
}
