import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { SessionStore } from '../session.ts';
import { errorWords } from '../errors.ts';

// One exchange per answer: the code is single-use, and React may run the effect twice in development.
let finishing: { search: string; result: Promise<void> } | null = null;

/** Where the identity provider sends the browser back (/sign-in/callback): finishes single sign-on. */
export function SignInCallbackPage({ store }: { store: SessionStore }) {
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const search = location.search;
    // Back here after signing in (history, a reload): nothing left to finish.
    if (!finishing && store.current.kind === 'signed-in') return void navigate('/', { replace: true });
    if (finishing?.search !== search) {
      const result = import('../sso.ts')
        .then(({ finishSingleSignOn }) => finishSingleSignOn(new URL(location.href), store.url))
        .then(({ session, from }) => {
          store.signedInExternally(session);
          finishing = null;
          navigate(from ?? '/', { replace: true });
        });
      finishing = { search, result };
    }
    finishing.result.catch((err: unknown) => setError(err instanceof Error ? err.message : errorWords(err)));
  }, [navigate, store]);

  if (!error) {
    return (
      <section className="narrow">
        <h1>Signing you in</h1>
        <p role="status" className="muted">
          Finishing single sign-on…
        </p>
      </section>
    );
  }
  return (
    <section className="narrow">
      <h1>Single sign-on did not work</h1>
      <p role="alert" className="error card">
        {error}
      </p>
      <p>
        <Link className="button" to="/sign-in">
          Back to sign-in
        </Link>
      </p>
    </section>
  );
}
