import { Link } from 'react-router';
import { RoleGate } from '../../RoleGate.tsx';

/** Running the product: one entry per admin page (each adds itself here). */
const sections: { path: string; title: string; what: string }[] = [
  { path: '/admin/connections', title: 'JIRA connections', what: 'Connect JIRA, sync it and watch the sync, set up its webhook.' },
  { path: '/admin/users', title: 'Users', what: 'Create people, set their roles and JIRA accounts, deactivate them.' },
  { path: '/admin/sign-in', title: 'Single sign-on', what: "Sign people in with the organisation's identity provider (OpenID Connect), and test it." },
  { path: '/admin/audit', title: 'Audit log', what: 'Who changed what, when: filter by person and kind.' },
  { path: '/teams', title: 'Teams and disciplines', what: "Each team's members, their discipline, role and allocation; the organisation's disciplines." },
];

export function AdminPage() {
  return (
    <RoleGate min="ADMIN" title="Administration">
      <AdminSections />
    </RoleGate>
  );
}

function AdminSections() {
  return (
    <section>
      <h1>Administration</h1>
      <ul className="admin-sections">
        {sections.map((s) => (
          <li key={s.path} className="card">
            <Link to={s.path}>{s.title}</Link> <span className="muted small">{s.what}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
