import CssBaseline from '@mui/material/CssBaseline';
import { createTheme, ThemeProvider } from '@mui/material/styles';
import type { Lang } from '@pioneer/engine';
import { useState } from 'react';
import { signIn } from '../auth/session';
import { FONT_FAMILY } from '../layout/fonts';
import { LoginPage } from './LoginPage';
import { readStoredLang, storeLang } from './stored-locale';

const theme = createTheme({ typography: { fontFamily: FONT_FAMILY } });

/**
 * The sign-in page of a signed-out first visit, before react-admin has loaded: signing in keeps
 * the session, then `onSignedIn` opens the backoffice (loaded only then).
 */
export function SignedOutStart({ onSignedIn }: { onSignedIn: () => void }) {
  const [lang, setLang] = useState<Lang>(readStoredLang);
  const changeLang = (next: Lang) => {
    storeLang(next);
    setLang(next);
    document.documentElement.lang = next;
  };
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <LoginPage lang={lang} onLangChange={changeLang} signIn={(username, password) => signIn(username, password).then(onSignedIn)} />
    </ThemeProvider>
  );
}
