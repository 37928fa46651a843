import { lazy, StrictMode, Suspense, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { readSession } from './auth/session';
import { BackofficeLoading } from './login/BackofficeLoading';
import { SignedOutStart } from './login/SignedOutStart';

// react-admin, MUI's data grid, the translations and every resource load with the backoffice, after
// sign-in: a signed-out first visit downloads the sign-in page only (issue 10: ≤ 300 kB gzip).
let loaded: typeof import('./App') | undefined;
const loadApp = () => import('./App').then((module) => (loaded = module));
const LazyApp = lazy(() => loadApp().then((module) => ({ default: module.App })));

// Signed out, the first page is the sign-in page: go there before anything renders, instead of
// rendering the app, finding no session and redirecting (one navigation instead of several).
// The state is the router's own first entry ({ idx: 0 }), so it does not replace it once more.
const atHome = { usr: null, key: 'default', idx: 0 };
if (!readSession() && !window.location.hash.startsWith('#/login')) window.history.replaceState(atHome, '', '#/login');

function Start() {
  const [signedIn, setSignedIn] = useState(() => readSession() !== null);
  if (!signedIn)
    return (
      <SignedOutStart
        // Signing in, the backoffice's code downloads while the credentials are checked.
        onSigningIn={loadApp}
        onSignedIn={() => {
          window.history.replaceState(atHome, '', '#/');
          setSignedIn(true);
        }}
      />
    );
  // Fetched while signing in: rendered at once, without a suspended render and React's pause before revealing it.
  if (loaded) return <loaded.App />;
  return (
    <Suspense fallback={<BackofficeLoading />}>
      <LazyApp />
    </Suspense>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Start />
  </StrictMode>,
);
