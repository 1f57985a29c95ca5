import { useState, type FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { SessionCallError, type SessionStore } from '../session.ts';
import { classify, wordsFor } from '../errors.ts';

export function SignInPage({ store }: { store: SessionStore }) {
  const navigate = useNavigate();
  const from = (useLocation().state as { from?: string } | null)?.from;
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await store.signIn(email.trim(), password);
      navigate(from && from !== '/sign-in' && from !== '/session-expired' ? from : '/', { replace: true });
    } catch (err) {
      // A refused sign-in says why in the server's words ("wrong email or password").
      const e = classify(err);
      setError(err instanceof SessionCallError && e.code === 'UNAUTHENTICATED' ? e.message : wordsFor(e));
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
        <label>
          Password
          <input name="password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
        </label>
        {error && <p role="alert" className="error">{error}</p>}
        <button type="submit" disabled={busy}>{busy ? 'Signing in…' : 'Sign in'}</button>
      </form>
    </section>
  );
}
