import { Link } from 'react-router';
import { atLeast, useMe } from '../../me.ts';

/** Running the product: one entry per admin page (each adds itself here). */
const sections: { path: string; title: string; what: string }[] = [
  { path: '/teams', title: 'Teams and disciplines', what: "Each team's members, their discipline, role and allocation; the organisation's disciplines." },
];

export function AdminPage() {
  const me = useMe();
  if (me && !atLeast(me.role, 'ADMIN')) return <p className="card">Only administrators run the organisation's settings.</p>;
  return (
    <section>
      <h1>Administration</h1>
      <ul className="admin-sections">
        {sections.map((s) => (
          <li key={s.path} className="card"><Link to={s.path}>{s.title}</Link> <span className="muted small">{s.what}</span></li>
        ))}
      </ul>
    </section>
  );
}
