import Button from '@mui/material/Button';
import CardContent from '@mui/material/CardContent';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import { Login, LocalesMenuButton, useLogin, useNotify, useTranslate } from 'react-admin';
import { DEMO_ROLES } from '../providers/authProvider';

/** Sign in by picking a role (its demo token is filled in) or by pasting a token. */
function LoginForm() {
  const translate = useTranslate();
  const login = useLogin();
  const notify = useNotify();
  const [role, setRole] = useState<string>(DEMO_ROLES[0].role);
  const [token, setToken] = useState<string>(DEMO_ROLES[0].token);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      await login({ role, token });
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
      setBusy(false);
    }
  };
  return (
    <CardContent component="form" onSubmit={submit} sx={{ width: 320 }}>
      <Stack spacing={2}>
        <Typography variant="h6">{translate('pioneer.login.title')}</Typography>
        <TextField
          select
          name="role"
          label={translate('pioneer.login.role')}
          value={role}
          onChange={(event) => {
            setRole(event.target.value);
            setToken(DEMO_ROLES.find((r) => r.role === event.target.value)?.token ?? '');
          }}
        >
          {DEMO_ROLES.map((r) => (
            <MenuItem key={r.role} value={r.role}>
              {translate(`pioneer.login.roles.${r.role}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField name="token" label={translate('pioneer.login.token')} value={token} onChange={(event) => setToken(event.target.value)} />
        <Typography variant="caption" color="text.secondary">
          {translate('pioneer.login.hint')}
        </Typography>
        <Button type="submit" variant="contained" disabled={busy}>
          {translate('pioneer.login.submit')}
        </Button>
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
