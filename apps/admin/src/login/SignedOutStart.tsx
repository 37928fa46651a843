import CssBaseline from '@mui/material/CssBaseline';
import { createTheme, ThemeProvider } from '@mui/material/styles';
import type { Lang } from '@pioneer/engine';
import { useEffect, useState } from 'react';
import { signIn } from '../auth/session';
import { FONT_FAMILY } from '../layout/fonts';
import { LoginPage } from './LoginPage';
import { readStoredLang, storeLang } from './stored-locale';

const theme = createTheme({ typography: { fontFamily: FONT_FAMILY } });

/**
 * The sign-in page of a signed-out first visit, before react-admin has loaded: signing in keeps
 * the session and fetches the backoffice's code (`onSigningIn`) side by side, then `onSignedIn`
 * opens it.
 */
export function SignedOutStart({ onSigningIn, onSignedIn }: { onSigningIn: () => Promise<unknown>; onSignedIn: () => void }) {
  const [lang, setLang] = useState<Lang>(readStoredLang);
  const changeLang = (next: Lang) => {
    storeLang(next);
    setLang(next);
  };
  // Screen readers pronounce the page in its language.
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <LoginPage lang={lang} onLangChange={changeLang} signIn={(username, password) => Promise.all([signIn(username, password), onSigningIn()]).then(onSignedIn)} />
    </ThemeProvider>
  );
}
