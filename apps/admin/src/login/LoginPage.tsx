import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { Lang } from '@pioneer/engine';
import { PioneerApiError } from '@pioneer/sdk';
import { useState, type FormEvent } from 'react';
import { DemoSignIns } from './DemoSignIns';
import { LOGIN_MESSAGES } from './login-messages';

export interface LoginPageProps {
  lang: Lang;
  onLangChange: (lang: Lang) => void;
  /** Signs in and opens the backoffice; rejects with the API's error when refused. */
  signIn: (username: string, password: string) => Promise<unknown>;
}

/**
 * Sign in with a user name and password; in the demo, its sign-ins are listed to pick from.
 * Built on MUI alone, without react-admin: a signed-out first visit downloads only this page
 * (main.tsx), and react-admin shows the same page after signing out (RaLoginPage).
 */
export function LoginPage({ lang, onLangChange, signIn }: LoginPageProps) {
  const words = LOGIN_MESSAGES[lang];
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!username || !password) return setProblem(words.login.fill_both);
    setBusy(true);
    setProblem(undefined);
    try {
      await signIn(username, password);
    } catch (error) {
      // The API says what to do next (wrong name or password, too many tries) in both languages.
      setProblem(error instanceof PioneerApiError ? error.message[lang] : words.login.unreachable);
      setBusy(false);
    }
  };
  return (
    <Box sx={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', bgcolor: 'grey.100', p: 2 }}>
      <Card>
        <CardContent component="form" onSubmit={submit} noValidate sx={{ width: 340, maxWidth: '100%' }}>
          <Stack spacing={2}>
            <Typography variant="h6" component="h1">
              {words.login.title}
            </Typography>
            {problem && (
              <Alert severity="error" role="alert">
                {problem}
              </Alert>
            )}
            <TextField name="username" autoComplete="username" label={words.login.username} value={username} onChange={(e) => setUsername(e.target.value)} autoFocus />
            <TextField name="password" type="password" autoComplete="current-password" label={words.login.password} value={password} onChange={(e) => setPassword(e.target.value)} />
            <Button type="submit" variant="contained" disabled={busy}>
              {words.login.submit}
            </Button>
            <DemoSignIns
              words={words}
              onPick={(s) => {
                setUsername(s.username);
                setPassword(s.password);
              }}
            />
            <Button variant="text" size="small" data-lang-switch lang={lang === 'en' ? 'zh-CN' : 'en'} onClick={() => onLangChange(lang === 'en' ? 'zh-CN' : 'en')}>
              {lang === 'en' ? '中文' : 'English'}
            </Button>
          </Stack>
        </CardContent>
      </Card>
    </Box>
  );
}
