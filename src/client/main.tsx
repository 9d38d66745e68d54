import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter } from 'react-router';
import '@utrecht/component-library-css/dist/index.css';
import '@utrecht/design-tokens/dist/theme.css';
import './ui/theme.css';
import './ui/app.css';
import { ApiError, NETWERK } from './api.ts';
import { App } from './app.tsx';
import { SESSIE_KEY } from './auth/session.ts';

/**
 * A 401 anywhere means the session ended or still needs its second step; a CSRF refusal means the
 * token is stale. Either way, ask the server for the session again: RequireSessie then sends the
 * user to the log-in page, and a fresh CSRF token is stored.
 */
function bijFout(error: unknown) {
  if (error instanceof ApiError && (error.status === 401 || error.code === 'CSRF')) {
    void queryClient.invalidateQueries({ queryKey: SESSIE_KEY });
  }
}

const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: bijFout }),
  mutationCache: new MutationCache({ onError: bijFout }),
  defaultOptions: {
    queries: {
      // retry only when the network failed; a 4xx answer will not change by asking again
      retry: (count, error) => count < 2 && error instanceof ApiError && (error.code === NETWERK || error.status >= 500),
      refetchOnWindowFocus: false,
    },
  },
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <App />
      </BrowserRouter>
    </QueryClientProvider>
  </StrictMode>,
);
