import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { ErrorMessage, Loading } from '../../components.tsx';
import { TeamsQuery } from './operations.ts';

/** The organisation's teams, each opening its team page (members, disciplines): a team without a board is reached here too. */
export default function TeamsPage() {
  const { data, loading, error, refetch } = useQuery(TeamsQuery);
  if (loading && !data) return <Loading what="the teams" />;
  if (error && !data) return <ErrorMessage error={error} retry={() => void refetch()} />;
  const teams = data?.teams ?? [];
  return (
    <section>
      <h1>Teams</h1>
      {teams.length === 0 ? (
        <p className="card empty">The organisation has no teams yet.</p>
      ) : (
        <ul className="team-list">
          {teams.map((t) => (
            <li key={t.id} className="card">
              <strong><Link to={`/teams/${t.id}`}>{t.name}</Link></strong>
              <p className="muted small">
                {t.members.length} member{t.members.length === 1 ? '' : 's'}
                {(t.boards ?? []).length > 0 && <> · {(t.boards ?? []).map((b) => b.name).join(', ')}</>}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
