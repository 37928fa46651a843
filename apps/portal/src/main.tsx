import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { LangProvider } from './i18n/useLang';
import { SessionProvider } from './session/useSession';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <LangProvider>
      <SessionProvider>
        <App />
      </SessionProvider>
    </LangProvider>
  </StrictMode>,
);
