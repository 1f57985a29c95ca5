import { useEffect, useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { useLocation, useNavigate } from 'react-router';
import { SessionCallError, type SessionStore } from '../session.ts';
import { classify, errorWords, wordsFor } from '../errors.ts';
import { graphql } from '../gql/index.ts';

const SingleSignOnQuery = graphql(`
  query SingleSignOn($email: String!) {
    singleSignOn(email: $email) { issuer clientId audience displayName scopes }
  }
`);

// Ask about a domain once the typing has paused: each question counts as a sign-in attempt.
const DISCOVERY_PAUSE_MS = 400;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The email once its domain has settled: asked again only when the domain changes. */
function useSettledEmail(email: string): string | null {
  const [settled, setSettled] = useState<string | null>(null);
  const trimmed = email.trim();
  const domain = EMAIL.test(trimmed) ? trimmed.split('@').pop()!.toLowerCase() : null;
  const settledDomain = settled?.split('@').pop()!.toLowerCase() ?? null;
  useEffect(() => {
    if (domain === settledDomain) return;
    const timer = setTimeout(() => setSettled(domain ? trimmed : null), DISCOVERY_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [domain, settledDomain, trimmed]);
  return settled;
}

export function SignInPage({ store }: { store: SessionStore }) {
  const navigate = useNavigate();
  const from = (useLocation().state as { from?: string } | null)?.from;
  const next = from && !from.startsWith('/sign-in') && from !== '/session-expired' ? from : undefined;
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const settled = useSettledEmail(email);
  const discovery = useQuery(SingleSignOnQuery, { variables: { email: settled ?? '' }, skip: !settled });
  const provider = settled ? discovery.data?.singleSignOn : null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await store.signIn(email.trim(), password);
      navigate(next ?? '/', { replace: true });
    } catch (err) {
      // A refused sign-in says why in the server's words ("wrong email or password").
      const e = classify(err);
      setError(err instanceof SessionCallError && e.code === 'UNAUTHENTICATED' ? e.message : wordsFor(e));
      setBusy(false);
    }
  }

  async function singleSignOn() {
    if (!provider) return;
    setBusy(true);
    setError(null);
    try {
      const { startSingleSignOn } = await import('../sso.ts');
      await startSingleSignOn(provider, next); // the browser leaves for the provider
    } catch (err) {
      setError(err instanceof Error ? err.message : errorWords(err));
      setBusy(false);
    }
  }

  return (
    <section className="narrow">
      <h1>Sign in</h1>
      <form onSubmit={submit} className="card form">
        <label>
          Email
          <input name="email" type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
        </label>
        {provider && (
          <div className="sso">
            <button type="button" onClick={() => void singleSignOn()} disabled={busy}>
              Sign in with {provider.displayName}
            </button>
            <p className="muted">Your organisation signs you in. Or use your password:</p>
          </div>
        )}
        {discovery.error && settled && <p className="muted">Single sign-on could not be looked up: {errorWords(discovery.error)}</p>}
        <label>
          Password
          <input name="password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
        </label>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <button type="submit" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </section>
  );
}
