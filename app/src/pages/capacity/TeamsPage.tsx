import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { ErrorMessage, Loading } from '../../components.tsx';
import { Field, FormError, errorAt, formErrors, noErrors, type FormErrors } from '../../forms.tsx';
import { useIdempotencyKey } from '../../idempotency.ts';
import { atLeast, useMe } from '../../me.ts';
import { Breadcrumbs, adminTrail } from '../../Breadcrumbs.tsx';
import { plural } from '../../format.ts';
import { addTeam } from './cache.ts';
import { CreateTeam, TeamsQuery } from './operations.ts';

/** The organisation's teams, each opening its team page (members, disciplines): a team without a board is reached here too. Admins make new ones. */
export default function TeamsPage() {
  const me = useMe();
  const admin = atLeast(me?.role, 'ADMIN');
  const { data, loading, error, refetch } = useQuery(TeamsQuery);
  if (loading && !data) return <Loading what="the teams" />;
  if (error && !data) return <ErrorMessage error={error} retry={() => void refetch()} />;
  const teams = data?.teams ?? [];
  return (
    <section>
      <Breadcrumbs trail={admin ? adminTrail(true, { label: 'Teams' }) : [{ label: 'Boards', to: '/' }, { label: 'Teams' }]} />
      <h1>Teams</h1>
      {teams.length === 0 ? (
        <p className="card empty">The organisation has no teams yet.{admin && ' Make the first one below, then give it members and boards.'}</p>
      ) : (
        <ul className="team-list">
          {teams.map((t) => (
            <li key={t.id} className="card">
              <strong>
                <Link to={`/teams/${t.id}`}>{t.name}</Link>
              </strong>
              <p className="muted small">
                {plural(t.members.length, 'member')}
                {(t.boards ?? []).length > 0 && <> · {(t.boards ?? []).map((b) => b.name).join(', ')}</>}
              </p>
            </li>
          ))}
        </ul>
      )}
      {admin && <NewTeamForm />}
    </section>
  );
}

/** createTeam (admins): the new team shows in this list and in every board's team picker (both read `teams`). */
export function NewTeamForm() {
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [made, setMade] = useState<{ id: string; name: string } | null>(null);
  // The same name keeps its key until answered: a retry after a lost answer makes one team, not two.
  const createKey = useIdempotencyKey();
  const [create, { loading }] = useMutation(CreateTeam, { update: (cache, { data }) => void (data && addTeam(cache, data.createTeam)) });
  return (
    <form
      className="card form new-team"
      noValidate
      aria-labelledby="new-team-title"
      onSubmit={(e) => {
        e.preventDefault();
        setMade(null);
        if (!name.trim()) {
          setErrors({ fields: { name: "Type the team's name." }, general: null });
          return;
        }
        void create({ variables: { name, idempotencyKey: createKey.keyFor({ name }) } }).then(
          ({ data }) => {
            createKey.answered();
            setErrors(noErrors);
            setName('');
            if (data) setMade(data.createTeam);
          },
          (error: unknown) => setErrors(formErrors(error, ['name'])),
        );
      }}
    >
      <h2 id="new-team-title">New team</h2>
      <Field label="Name" hint="Add its members on its page; give it boards in each board's settings." error={errorAt(errors, 'name')}>
        {(control) => <input {...control} autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} />}
      </Field>
      <FormError errors={errors} />
      <p className="actions">
        <button type="submit" disabled={loading}>
          {loading ? 'Creating…' : 'Create the team'}
        </button>
      </p>
      <p role="status" className="muted small">
        {made && (
          <>
            Team <Link to={`/teams/${made.id}`}>{made.name}</Link> created: add its members on its page.
          </>
        )}
      </p>
    </form>
  );
}
