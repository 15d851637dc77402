import '@hocso/portal-ui/styles.css';
import { ApolloProvider } from '@apollo/client/react';
import { AuthProvider, createApolloClient, createTokenStore } from '@hocso/portal-data-access';
import { startTransition, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { App } from './app';
import { initI18n } from './i18n/i18n';
import { toSupportedLanguage } from './i18n/languages';
import { refetchOnLanguageChange } from './i18n/refetch-on-language-change';
import { registerServiceWorker } from './shell/register-service-worker';

const i18n = initI18n();
registerServiceWorker();

const tokenStore = createTokenStore(typeof localStorage === 'undefined' ? null : localStorage);
const { client } = createApolloClient(tokenStore, '/graphql', () => toSupportedLanguage(i18n.language));
refetchOnLanguageChange(i18n, client);

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('Missing #root element');

// As a transition, the first render yields to the browser every few milliseconds instead of holding the main
// thread for the whole tree in one long task (on a slow phone, hundreds of milliseconds in which a tap waits).
startTransition(() => {
  createRoot(rootElement).render(
    <StrictMode>
      <ApolloProvider client={client}>
        <AuthProvider tokenStore={tokenStore}>
          <BrowserRouter>
            {/* Waits, in English only, for the shell's texts (the Vietnamese ones come with this script). */}
            <Suspense fallback={null}>
              <App />
            </Suspense>
          </BrowserRouter>
        </AuthProvider>
      </ApolloProvider>
    </StrictMode>,
  );
});
