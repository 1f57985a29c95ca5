import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApolloProvider } from '@apollo/client/react';
import { BrowserRouter } from 'react-router';
import { createApollo } from './apollo.ts';
import { SessionStore } from './session.ts';
import { App } from './App.tsx';
import { SessionContext } from './session-context.ts';

// Same origin as the page: the router serves both the app and /graphql.
const store = new SessionStore(`${location.origin}/graphql`);
const client = createApollo(store);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <SessionContext value={store}>
        <BrowserRouter>
          <App store={store} />
        </BrowserRouter>
      </SessionContext>
    </ApolloProvider>
  </StrictMode>,
);
