import { lazy, Suspense } from 'react';
import { ApplyScreen } from './apply/ApplyScreen';
import { Header } from './Header';
import { useLang } from './i18n/useLang';
import { useHashRoute, type Route } from './routing/useHashRoute';
import { Landing } from './screens/Landing';
import { SignIn } from './screens/SignIn';
import { useSession } from './session/useSession';

// Screens past the landing page load with their route: the matcher and the form bring the
// engine, the validators and the form library, which the first visit does not need. The apply
// screen itself is small and loads its form, schema and engine side by side; imported here, it
// starts them at once instead of after React's pause before revealing a lazy screen (~300 ms).
const Register = lazy(() => import('./screens/Register').then((m) => ({ default: m.Register })));
const Matcher = lazy(() => import('./screens/Matcher').then((m) => ({ default: m.Matcher })));
const MyApplications = lazy(() => import('./screens/MyApplications').then((m) => ({ default: m.MyApplications })));
const ApplicationDetail = lazy(() => import('./screens/ApplicationDetail').then((m) => ({ default: m.ApplicationDetail })));

/** Routes that act for an organisation: shown signed out, they are the sign-in page (no redirect). */
const NEEDS_SIGN_IN = new Set(['apply', 'applications']);

function Screen({ route }: { route: Route }) {
  const { session } = useSession();
  const { t } = useLang();
  const [first, second, third] = route.path;
  if (NEEDS_SIGN_IN.has(first) && !session) return <SignIn next={route.href} explain />;
  switch (first) {
    case undefined:
      return <Landing />;
    case 'sign-in':
      return <SignIn next={route.query.get('next') ?? '#/applications'} />;
    case 'register':
      return <Register />;
    case 'match':
      return <Matcher />;
    case 'apply':
      if (second) return <ApplyScreen key={`${second}/${third ?? ''}`} measure={second} draftId={third} />;
      break;
    case 'applications':
      return second ? <ApplicationDetail id={second} /> : <MyApplications />;
  }
  return (
    <p>
      {t('notFound')}{' '}
      <a className="target" href="#/">
        {t('goHome')}
      </a>
    </p>
  );
}

export function App() {
  const route = useHashRoute();
  const { t } = useLang();
  return (
    <>
      <a className="skip" href="#main" onClick={(e) => (e.preventDefault(), document.getElementById('main')?.focus())}>
        {t('skipToContent')}
      </a>
      <Header route={route} />
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<p role="status">{t('loading')}</p>}>
          <Screen route={route} />
        </Suspense>
      </main>
    </>
  );
}
