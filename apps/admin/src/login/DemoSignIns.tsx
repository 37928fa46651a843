import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { createClient, type DemoSignIn } from '@pioneer/sdk';
import { useEffect, useState } from 'react';
import type { LoginWords } from './login-messages';

/** The demo's sign-ins as the API lists them (none outside the demo): a click fills the form. */
export function DemoSignIns({ words, onPick }: { words: LoginWords; onPick: (signIn: DemoSignIn) => void }) {
  const [signIns, setSignIns] = useState<DemoSignIn[]>([]);
  useEffect(() => {
    let live = true;
    createClient({ baseUrl: window.location.origin })
      .backoffice.demoSignIns()
      .then((list) => live && setSignIns(list.filter((s) => s.role !== 'applicant')))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  if (signIns.length === 0) return null;
  const roleName = (role: string) => (words.role as Record<string, string>)[role] ?? role;
  return (
    <Stack spacing={1} data-testid="demo-sign-ins">
      <Typography variant="caption" color="text.secondary">
        {words.login.demo}
      </Typography>
      <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1 }}>
        {signIns.map((s) => (
          <Chip key={s.username} label={`${roleName(s.role)} · ${s.username}`} onClick={() => onPick(s)} variant="outlined" data-username={s.username} />
        ))}
      </Stack>
    </Stack>
  );
}
