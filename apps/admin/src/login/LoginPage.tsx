import Button from '@mui/material/Button';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import { PioneerApiError } from '@pioneer/sdk';
import { Login, LocalesMenuButton, useLogin, useNotify, useTranslate } from 'react-admin';
import { useLang } from '../applications/useLang';
import { DemoSignIns } from './DemoSignIns';

/** Sign in with a user name and password; in the demo, its sign-ins are listed to pick from. */
function LoginForm() {
  const translate = useTranslate();
  const login = useLogin();
  const notify = useNotify();
  const lang = useLang();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!username || !password) return notify('pioneer.login.fill_both', { type: 'warning' });
    setBusy(true);
    try {
      await login({ username, password });
    } catch (error) {
      // The API says what to do next (wrong name or password, too many tries) in both languages.
      notify(error instanceof PioneerApiError ? error.message[lang] : 'pioneer.login.unreachable', { type: 'error' });
      setBusy(false);
    }
  };
  return (
    <CardContent component="form" onSubmit={submit} sx={{ width: 340 }}>
      <Stack spacing={2}>
        <Typography variant="h6" component="h1">
          {translate('pioneer.login.title')}
        </Typography>
        <TextField
          name="username"
          autoComplete="username"
          label={translate('pioneer.login.username')}
          value={username}
          onChange={(e) => setUsername(e.target.value)}
          autoFocus
        />
        <TextField
          name="password"
          type="password"
          autoComplete="current-password"
          label={translate('pioneer.login.password')}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <Button type="submit" variant="contained" disabled={busy}>
          {translate('pioneer.login.submit')}
        </Button>
        <DemoSignIns
          onPick={(s) => {
            setUsername(s.username);
            setPassword(s.password);
          }}
        />
        <LocalesMenuButton />
      </Stack>
    </CardContent>
  );
}

export function LoginPage() {
  return (
    <Login>
      <LoginForm />
    </Login>
  );
}
