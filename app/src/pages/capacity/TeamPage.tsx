import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useParams, useSearchParams } from 'react-router';
import { ErrorMessage, Loading } from '../../components.tsx';
import { Field, FormError, errorAt, formErrors, noErrors, type FormErrors } from '../../forms.tsx';
import { atLeast, managesTeam, useMe } from '../../me.ts';
import { Breadcrumbs, boardTrail } from '../../Breadcrumbs.tsx';
import { live, useLiveUpdates } from '../../live/updates.ts';
import { UpdatedAgo } from '../../live/UpdatedAgo.tsx';
import { disciplineNames } from './model.ts';
import { SetDisciplines, TeamCapacityUpdated, TeamPageQuery } from './operations.ts';
import { AddMemberForm, MemberList } from './TeamMembers.tsx';

/**
 * A team: its members with their discipline, team role and allocation, and its boards. Admins add
 * and remove members and keep the organisation's disciplines; the team's managers change a member's
 * discipline, allocation and role. Live: anyone's change to the members shows (capacityUpdated).
 */
export default function TeamPage() {
  const { teamId = '' } = useParams();
  // Opened from a board (?board=id): the trail leads back to it; otherwise back to the teams.
  const [search] = useSearchParams();
  const me = useMe();
  const { data, loading, error, refetch } = useQuery(TeamPageQuery, { variables: { teamId } });
  // Members changed (the team's capacity, every sprint: `sprint` null): read them again.
  const updatedAt = useLiveUpdates([
    live(
      TeamCapacityUpdated,
      { teamId },
      { onData: (d) => void (!d.capacityUpdated.sprint && refetch().catch(() => undefined)), shows: (d) => !d.capacityUpdated.sprint },
    ),
  ]);
  if (loading && !data) return <Loading what="the team" />;
  if (error && !data) return <ErrorMessage error={error} retry={() => void refetch()} />;
  const team = data?.team;
  if (!team) return <ErrorMessage error={{ code: 'NOT_FOUND', message: 'No such team' }} />;
  const disciplines = data?.tenant?.disciplines ?? [];
  const admin = atLeast(me?.role, 'ADMIN');
  const boards = team.boards ?? [];
  const from = boards.find((b) => b.id === search.get('board'));
  return (
    <section className="team-page">
      <Breadcrumbs trail={from ? boardTrail(from, team.name) : [{ label: 'Teams', to: '/teams' }, { label: team.name }]} />
      <h1>Team {team.name}</h1>
      <UpdatedAgo at={updatedAt} />
      {boards.length > 0 && (
        <ul className="team-boards">
          {boards.map((b) => (
            <li key={b.id}>
              <Link to={`/boards/${b.id}`}>{b.name}</Link> ·{' '}
              <Link to={`/boards/${b.id}/capacity`}>
                Capacity<span className="visually-hidden"> of {b.name}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <h2>Members</h2>
      <MemberList
        team={team}
        disciplines={disciplines}
        me={me?.id ?? null}
        admin={admin}
        canEdit={managesTeam(me, team.id)}
        canRemove={admin}
        onRemoved={() => void refetch()}
      />
      {admin && <AddMemberForm key={disciplines.join('|')} team={team} disciplines={disciplines} />}
      <section className="disciplines" aria-labelledby="disciplines-title">
        <h2 id="disciplines-title">Disciplines of the organisation</h2>
        {admin ? (
          <DisciplinesForm key={disciplines.join('|')} disciplines={disciplines} onSaved={() => void refetch()} />
        ) : (
          <p>{disciplines.join(', ') || 'None yet.'}</p>
        )}
      </section>
    </section>
  );
}

/** The organisation's disciplines, one a line, in order (setDisciplines: admins). */
function DisciplinesForm({ disciplines, onSaved }: { disciplines: string[]; onSaved: () => void }) {
  const [text, setText] = useState(disciplines.join('\n'));
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [save, { loading }] = useMutation(SetDisciplines);
  return (
    <form
      className="card form"
      noValidate
      aria-labelledby="disciplines-title"
      onSubmit={(e) => {
        e.preventDefault();
        void save({ variables: { names: disciplineNames(text) } }).then(
          () => {
            setErrors(noErrors);
            onSaved();
          },
          (error: unknown) => setErrors(formErrors(error, ['names'])),
        );
      }}
    >
      <Field
        label="Disciplines, one a line"
        hint="In the order pages list them. One that team members work in cannot be removed."
        error={errorAt(errors, 'names')}
      >
        {(control) => <textarea {...control} rows={Math.max(4, disciplineNames(text).length + 1)} value={text} onChange={(e) => setText(e.target.value)} />}
      </Field>
      <FormError errors={errors} />
      <p className="actions">
        <button type="submit" disabled={loading}>
          Save the disciplines
        </button>
      </p>
    </form>
  );
}
