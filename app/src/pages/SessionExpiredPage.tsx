import { Link, useLocation } from 'react-router';

export function SessionExpiredPage() {
  const from = (useLocation().state as { from?: string } | null)?.from;
  return (
    <section className="narrow">
      <h1>Your session has expired</h1>
      <p>For your security you were signed out. Sign in again to carry on where you were.</p>
      <p>
        <Link className="button" to="/sign-in" state={{ from }}>
          Sign in again
        </Link>
      </p>
    </section>
  );
}
