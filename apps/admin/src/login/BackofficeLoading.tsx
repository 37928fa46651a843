import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import { LOGIN_MESSAGES } from './login-messages';
import { readStoredLang } from './stored-locale';

/** What shows while the backoffice's code loads after sign-in (or on a signed-in visit). */
export function BackofficeLoading() {
  return (
    <Box role="status" sx={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
      <CircularProgress aria-label={LOGIN_MESSAGES[readStoredLang()].login.loading} />
    </Box>
  );
}
