import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import type { AdminUsersQuery, Role } from '../../gql/graphql.ts';
import { ErrorMessage, Loading } from '../../components.tsx';
import { ConfirmButton, Field, FormError, errorAt, formErrors, noErrors, type FormErrors } from '../../forms.tsx';
import { useIdempotencyKey } from '../../idempotency.ts';
import { useMe } from '../../me.ts';
import { RoleGate } from '../../RoleGate.tsx';
import { Breadcrumbs, adminTrail } from '../../Breadcrumbs.tsx';
import { ROLES, roleWords } from '../../words.ts';
import { CreateUserMutation, UpdateUserMutation, UsersQuery } from './operations.ts';

type User = AdminUsersQuery['users'][number];

/** /admin/users: the organisation's people, their roles and sign-in; create, change, deactivate. */
export default function UsersPage() {
  return (
    <RoleGate min="ADMIN" title="Users">
      <Users />
    </RoleGate>
  );
}

function Users() {
  const { data, loading, error, refetch } = useQuery(UsersQuery, { fetchPolicy: 'cache-and-network' });
  const me = useMe();
  const [created, setCreated] = useState<string | null>(null);
  return (
    <section className="users-page">
      <Breadcrumbs trail={adminTrail(true, { label: 'Users' })} />
      <h1>Users</h1>
      <CreateUserForm
        onSubmit={() => setCreated(null)}
        onCreated={(user) => {
          setCreated(`${user.displayName} (${user.email}) can now sign in.`);
          void refetch();
        }}
      />
      <p role="status" className="muted">
        {created}
      </p>
      <h2>People of the organisation</h2>
      {error && !data ? <ErrorMessage error={error} retry={() => void refetch()} /> : null}
      {loading && !data ? <Loading what="the users" /> : null}
      {data && !data.users.length ? <p className="empty">No users yet.</p> : null}
      {data?.users.length ? (
        <ul className="user-list">
          {data.users.map((u) => (
            <UserCard key={u.id} user={u} self={u.id === me?.id} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}

interface NewUser {
  email: string;
  displayName: string;
  role: Role;
  signIn: 'password' | 'sso';
  password: string;
  jiraAccountId: string;
}
const EMPTY: NewUser = { email: '', displayName: '', role: 'VIEWER', signIn: 'password', password: '', jiraAccountId: '' };
const CREATE_FIELDS = ['email', 'displayName', 'role', 'password', 'jiraAccountId'];

function CreateUserForm({ onSubmit, onCreated }: { onSubmit: () => void; onCreated: (user: { email: string; displayName: string }) => void }) {
  const [form, setForm] = useState<NewUser>(EMPTY);
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  // The same user keeps its key until created: a retry after a lost answer does not create them twice,
  // and a changed one (another email) is a new request, not the first one's answer.
  const createKey = useIdempotencyKey();
  const [create, { loading }] = useMutation(CreateUserMutation);
  const set = (change: Partial<NewUser>) => setForm((f) => ({ ...f, ...change }));

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setErrors(noErrors);
    onSubmit();
    try {
      const input = {
        email: form.email,
        displayName: form.displayName,
        role: form.role,
        password: form.signIn === 'password' ? form.password : null,
        jiraAccountId: form.jiraAccountId.trim() || null,
      };
      const { data } = await create({ variables: { input, idempotencyKey: createKey.keyFor(input) } });
      createKey.answered();
      setForm(EMPTY);
      if (data) onCreated(data.createUser);
    } catch (err) {
      setErrors(formErrors(err, CREATE_FIELDS));
    }
  };

  return (
    <form className="card form user-form" aria-labelledby="create-user-title" onSubmit={(e) => void submit(e)} noValidate>
      <h2 id="create-user-title">Create a user</h2>
      <div className="form-row">
        <Field label="Email" error={errorAt(errors, 'email')}>
          {(c) => <input {...c} type="email" autoComplete="off" value={form.email} onChange={(e) => set({ email: e.target.value })} required />}
        </Field>
        <Field label="Name" error={errorAt(errors, 'displayName')}>
          {(c) => <input {...c} autoComplete="off" value={form.displayName} onChange={(e) => set({ displayName: e.target.value })} required />}
        </Field>
        <Field label="Role" hint="What they may do in the organisation." error={errorAt(errors, 'role')}>
          {(c) => (
            <select {...c} value={form.role} onChange={(e) => set({ role: e.target.value as Role })}>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {roleWords[r]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="JIRA account id" hint="Optional: the issues assigned to this account are theirs." error={errorAt(errors, 'jiraAccountId')}>
          {(c) => <input {...c} autoComplete="off" value={form.jiraAccountId} onChange={(e) => set({ jiraAccountId: e.target.value })} />}
        </Field>
      </div>
      <fieldset>
        <legend>How they sign in</legend>
        <div className="choice">
          <input
            type="radio"
            id="new-user-password"
            name="new-user-sign-in"
            checked={form.signIn === 'password'}
            onChange={() => set({ signIn: 'password' })}
          />
          <label htmlFor="new-user-password">With a password</label>
        </div>
        <div className="choice">
          <input type="radio" id="new-user-sso" name="new-user-sign-in" checked={form.signIn === 'sso'} onChange={() => set({ signIn: 'sso' })} />
          <label htmlFor="new-user-sso">Signs in with single sign-on only</label>
        </div>
      </fieldset>
      {form.signIn === 'password' && (
        <Field label="Password" hint="At least 8 characters; tell it to them yourself." error={errorAt(errors, 'password')}>
          {(c) => <input {...c} type="password" autoComplete="new-password" value={form.password} onChange={(e) => set({ password: e.target.value })} />}
        </Field>
      )}
      <FormError errors={errors} />
      <div>
        <button type="submit" disabled={loading}>
          {loading ? 'Creating…' : 'Create user'}
        </button>
      </div>
    </form>
  );
}

function UserCard({ user, self }: { user: User; self: boolean }) {
  const [editing, setEditing] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [failure, setFailure] = useState<FormErrors>(noErrors);
  const [update] = useMutation(UpdateUserMutation);
  const setDisabled = async (disabled: boolean) => {
    setFailure(noErrors);
    try {
      await update({ variables: { id: user.id, input: { disabled } } });
      setDone(disabled ? `${user.displayName} is deactivated: their sessions have ended.` : `${user.displayName} can sign in again.`);
    } catch (err) {
      setFailure(formErrors(err, []));
    }
  };
  return (
    <li className={`card user${user.disabled ? ' disabled' : ''}`} aria-labelledby={`user-${user.id}`}>
      <div className="user-head">
        <h3 id={`user-${user.id}`}>
          {user.displayName}
          {self && <span className="muted"> (you)</span>}
        </h3>
        <span className="badge">{roleWords[user.role]}</span>
        {user.disabled && <span className="badge warn">Deactivated</span>}
      </div>
      <dl className="user-facts">
        <div>
          <dt>Email</dt>
          <dd>{user.email}</dd>
        </div>
        <div>
          <dt>JIRA account</dt>
          <dd>{user.jiraAccountId ?? <span className="muted">none</span>}</dd>
        </div>
        <div>
          <dt>Teams</dt>
          <dd>{user.teams.length ? user.teams.map((t) => t.name).join(', ') : <span className="muted">none</span>}</dd>
        </div>
      </dl>
      <div className="actions">
        {!editing && (
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setEditing(true);
              setDone(null);
            }}
          >
            Edit {user.displayName}
          </button>
        )}
        {/* No one deactivates themselves (the API refuses it): another admin can. */}
        {!self && !user.disabled && (
          <ConfirmButton
            question={`Deactivate ${user.displayName}? Their sessions end at once and they can no longer sign in.`}
            confirm="Deactivate"
            onConfirm={() => setDisabled(true)}
          >
            Deactivate
          </ConfirmButton>
        )}
        {!self && user.disabled && (
          <button type="button" className="secondary" onClick={() => void setDisabled(false)}>
            Reactivate
          </button>
        )}
      </div>
      <FormError errors={failure} />
      {editing && (
        <EditUserForm
          user={user}
          self={self}
          onDone={(message) => {
            setEditing(false);
            setDone(message);
          }}
        />
      )}
      <p role="status" className="muted small">
        {done}
      </p>
    </li>
  );
}

const EDIT_FIELDS = ['displayName', 'jiraAccountId', 'role'];

function EditUserForm({ user, self, onDone }: { user: User; self: boolean; onDone: (message: string | null) => void }) {
  const [form, setForm] = useState({ displayName: user.displayName, jiraAccountId: user.jiraAccountId ?? '', role: user.role });
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [update, { loading }] = useMutation(UpdateUserMutation);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setErrors(noErrors);
    try {
      // An empty JIRA account clears it; a role is only sent when it changes (one's own never does here).
      const role = form.role !== user.role ? form.role : null;
      await update({ variables: { id: user.id, input: { displayName: form.displayName, jiraAccountId: form.jiraAccountId.trim(), role } } });
      onDone(`Saved ${form.displayName.trim() || user.displayName}.`);
    } catch (err) {
      setErrors(formErrors(err, EDIT_FIELDS));
    }
  };
  return (
    <form className="form edit-user" aria-label={`Edit ${user.displayName}`} onSubmit={(e) => void submit(e)} noValidate>
      <div className="form-row">
        <Field label="Name" error={errorAt(errors, 'displayName')}>
          {(c) => <input {...c} value={form.displayName} onChange={(e) => setForm({ ...form, displayName: e.target.value })} />}
        </Field>
        <Field label="JIRA account id" hint="Empty: none." error={errorAt(errors, 'jiraAccountId')}>
          {(c) => <input {...c} value={form.jiraAccountId} onChange={(e) => setForm({ ...form, jiraAccountId: e.target.value })} />}
        </Field>
        {self ? (
          <p className="muted small">Your own role is changed by another administrator.</p>
        ) : (
          <Field label="Role" error={errorAt(errors, 'role')}>
            {(c) => (
              <select {...c} value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value as Role })}>
                {ROLES.map((r) => (
                  <option key={r} value={r}>
                    {roleWords[r]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
      </div>
      <FormError errors={errors} />
      <div className="actions">
        <button type="submit" disabled={loading}>
          {loading ? 'Saving…' : 'Save'}
        </button>
        <button type="button" className="secondary" onClick={() => onDone(null)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
