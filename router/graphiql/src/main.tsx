// Monaco workers bundled by Vite (never the esm.sh variant: no CDN at run time).
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import '@graphiql/plugin-explorer/style.css';
import { useEffect, useState, type CSSProperties, type FormEvent } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL, HISTORY_PLUGIN } from 'graphiql';
import { explorerPlugin } from '@graphiql/plugin-explorer';
import { createGraphiQLFetcher, type Fetcher } from '@graphiql/toolkit';
import { createClient } from 'graphql-ws';
import { refresh, refreshDelay, restoreSession, saveSession, signIn, signOut, type Session } from './session.ts';

// Same origin as the page: the router serves both /graphql and this UI.
const url = `${location.origin}/graphql`;

// The session the fetcher signs requests with; React state mirrors it for the bar.
let current: Session | null = await restoreSession(url);

const wsUrl = url.replace(/^http/, 'ws'); // http→ws, https→wss

// Signed in: every request carries the access token, unless the headers editor sets its own.
const signedFetch: typeof fetch = (input, init) => {
  const headers = new Headers(init?.headers);
  if (current && !headers.has('authorization')) headers.set('authorization', `Bearer ${current.accessToken}`);
  return fetch(input, { ...init, headers });
};

// Subscriptions: one graphql-ws socket, opened while one runs (lazy). It signs in with the session's
// token in connection_init, read at each (re)connect; without one the router closes it with 4401.
let restarting = false;
const wsClient = createClient({
  url: wsUrl,
  lazy: true,
  connectionParams: () => (current ? { authorization: `Bearer ${current.accessToken}` } : {}),
  // graphql-ws's backoff (1 s, 2 s, 4 s… plus 0.3–3 s), except at once after our own restart.
  retryWait: async (retries) => {
    if (restarting) return;
    await new Promise((resolve) => setTimeout(resolve, 2 ** retries * 1000 + 300 + Math.random() * 2700));
  },
  on: { connecting: () => (restarting = false) },
});

/**
 * The session changed (signed in, out, or refreshed a minute before the token expires): the open
 * socket, if any, is dropped and running subscriptions resubscribe on a new one signed in as the
 * session is now. Signed out, that one is refused (4401) and they end with that error.
 */
function restartSocket() {
  restarting = true;
  wsClient.terminate(); // a 4499 close, which graphql-ws retries; no-op when no socket is open
}

const sessionFetcher = createGraphiQLFetcher({ url, wsClient, fetch: signedFetch });
// An Authorization header in the headers editor: the toolkit gives subscriptions a socket of their
// own with the headers as connection_init, so they run as that token, as queries do.
const headersFetcher = createGraphiQLFetcher({ url, subscriptionUrl: wsUrl, fetch: signedFetch });
const fetcher: Fetcher = (params, opts) =>
  (Object.keys(opts?.headers ?? {}).some((h) => h.toLowerCase() === 'authorization') ? headersFetcher : sessionFetcher)(params, opts);

// Passing `plugins` replaces GraphiQL's default [HISTORY_PLUGIN], so keep it explicitly.
const plugins = [HISTORY_PLUGIN, explorerPlugin()];

// Short lines: the query editor is narrow while a sidebar plugin is open.
const defaultQuery = `# Sprint Reports · GraphiQL
#
# Sign in above to explore.
# Explorer (sidebar): click fields
# to build a query. Docs: browse
# the schema. Run: Ctrl/Cmd+Enter.

{
  boards {
    id
    name
  }
}
`;

const bar: CSSProperties = {
  display: 'flex',
  alignItems: 'center',
  gap: 8,
  padding: '6px 12px',
  font: '13px system-ui, sans-serif',
  borderBottom: '1px solid #ddd',
  background: '#f7f7f8',
};

function SignInBar({ session, onChange }: { session: Session | null; onChange(session: Session | null): void }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onChange(await signIn(url, email, password));
      setPassword('');
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  if (session) {
    return (
      <div style={bar} data-testid="signed-in">
        <strong>Sprint Reports</strong>
        <span style={{ marginLeft: 'auto' }}>Signed in as {session.email}</span>
        <button type="button" onClick={() => void signOut(url, session).finally(() => onChange(null))}>
          Sign out
        </button>
      </div>
    );
  }
  return (
    <form style={bar} onSubmit={submit} aria-label="Sign in">
      <strong>Sprint Reports</strong>
      <span style={{ marginLeft: 'auto', color: error ? '#b00020' : '#555' }} role={error ? 'alert' : undefined}>
        {error ?? 'Sign in to explore the API'}
      </span>
      <input type="email" name="email" placeholder="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
      <input
        type="password"
        name="password"
        placeholder="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(e) => setPassword(e.target.value)}
      />
      <button type="submit" disabled={busy}>
        Sign in
      </button>
    </form>
  );
}

function App() {
  const [session, setSession] = useState<Session | null>(current);
  const change = (next: Session | null) => {
    const restart = next?.accessToken !== current?.accessToken;
    current = next;
    if (restart) restartSocket();
    saveSession(next);
    setSession(next);
  };

  // Shortly before the access token expires, trade the refresh token for a new pair.
  useEffect(() => {
    if (!session) return;
    const timer = setTimeout(() => {
      refresh(url, session).then(change, () => change(null));
    }, refreshDelay(session));
    return () => clearTimeout(timer);
  }, [session]);

  return (
    <div style={{ display: 'flex', flexDirection: 'column', height: '100%' }}>
      <SignInBar session={session} onChange={change} />
      <div style={{ flex: 1, minHeight: 0 }}>
        {/* Keyed by who is signed in: signing in or out loads the schema again, as that person may see it. */}
        <GraphiQL key={session?.email ?? 'anonymous'} fetcher={fetcher} plugins={plugins} defaultQuery={defaultQuery} isHeadersEditorEnabled />
      </div>
    </div>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
