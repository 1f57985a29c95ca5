import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <section className="narrow">
      <h1>Page not found</h1>
      <p>
        There is no page at this address. <Link to="/">Go to your boards</Link>.
      </p>
    </section>
  );
}
