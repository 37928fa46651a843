import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { readSession } from './auth/session';

// Signed out, the first page is the sign-in page: go there before anything renders, instead of
// rendering the app, finding no session and redirecting (one navigation instead of several).
// The state is the router's own first entry ({ idx: 0 }), so it does not replace it once more.
if (!readSession() && !window.location.hash.startsWith('#/login'))
  window.history.replaceState({ usr: null, key: 'default', idx: 0 }, '', '#/login');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
