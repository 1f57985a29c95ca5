import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import type { TeamPageQuery as TeamPageData, TeamRole } from '../../gql/graphql.ts';
import { ConfirmButton, Field, FormError, errorAt, formErrors, noErrors, type FormErrors } from '../../forms.tsx';
import { ROLES, roleWords } from '../../words.ts';
import { numberOrNull } from './model.ts';
import { AddTeamMember, RemoveTeamMember, TenantUsersQuery, UpdateTeamMember } from './operations.ts';

type Team = NonNullable<TeamPageData['team']>;
type Member = Team['members'][number];

// A team's roles are the organisation's, less Admin (an organisation-wide role only).
const TEAM_ROLES = ROLES.filter((r): r is TeamRole => r !== 'ADMIN');

/** An allocation as typed: a whole percentage, or the words saying why not (an empty field is not 0 nor 100). */
export function allocationOf(text: string): { value: number } | { error: string } {
  const n = numberOrNull(text);
  if (n === null) return { error: 'Type their allocation, from 0 to 100 %.' };
  if (!Number.isInteger(n)) return { error: 'The allocation is a whole number of percent, from 0 to 100.' };
  return { value: n };
}

/**
 * The team's members; managers change a member's discipline, allocation and team role, admins remove
 * them. `me`: the signed-in user, who changes their own team role only as an admin (the API refuses a
 * manager's: they could lose the team).
 */
export function MemberList({
  team,
  disciplines,
  me,
  admin,
  canEdit,
  canRemove,
  onRemoved,
}: {
  team: Team;
  disciplines: string[];
  me: string | null;
  admin: boolean;
  canEdit: boolean;
  canRemove: boolean;
  onRemoved: () => void;
}) {
  if (team.members.length === 0) return <p className="card empty">This team has no members yet.</p>;
  return (
    <ul className="team-members">
      {team.members.map((m) => (
        <MemberCard
          key={m.user.id}
          teamId={team.id}
          member={m}
          disciplines={disciplines}
          ownRole={m.user.id === me && !admin}
          canEdit={canEdit}
          canRemove={canRemove}
          onRemoved={onRemoved}
        />
      ))}
    </ul>
  );
}

function MemberCard({
  teamId,
  member,
  disciplines,
  ownRole,
  canEdit,
  canRemove,
  onRemoved,
}: {
  teamId: string;
  member: Member;
  disciplines: string[];
  ownRole: boolean;
  canEdit: boolean;
  canRemove: boolean;
  onRemoved: () => void;
}) {
  const [editing, setEditing] = useState(false);
  const [removeError, setRemoveError] = useState<FormErrors>(noErrors);
  const [remove] = useMutation(RemoveTeamMember);
  const name = member.user.displayName;
  return (
    <li className="card team-member" data-member={member.user.id}>
      <div className="member-head">
        <strong>{name}</strong> <span className="muted small">{member.user.email}</span>
      </div>
      <p className="member-facts">
        <span data-discipline>{member.discipline}</span> · <span data-role>{roleWords[member.role]}</span> ·{' '}
        <span data-allocation>{member.allocationPercent} %</span> of their time
      </p>
      {editing ? (
        <MemberEditForm teamId={teamId} member={member} disciplines={disciplines} ownRole={ownRole} onDone={() => setEditing(false)} />
      ) : (
        (canEdit || canRemove) && (
          <p className="member-actions">
            {canEdit && (
              <button type="button" className="secondary" onClick={() => setEditing(true)}>
                Edit<span className="visually-hidden"> {name}</span>
              </button>
            )}{' '}
            {canRemove && (
              <ConfirmButton
                question={`Remove ${name} from the team?`}
                confirm="Remove"
                onConfirm={() =>
                  remove({ variables: { teamId, userId: member.user.id } }).then(
                    () => onRemoved(),
                    (error: unknown) => setRemoveError(formErrors(error, [])),
                  )
                }
              >
                Remove<span className="visually-hidden"> {name}</span>
              </ConfirmButton>
            )}
          </p>
        )
      )}
      <FormError errors={removeError} />
    </li>
  );
}

/** `ownRole`: the signed-in manager's own membership, whose team role another manager or an admin changes. */
function MemberEditForm({
  teamId,
  member,
  disciplines,
  ownRole,
  onDone,
}: {
  teamId: string;
  member: Member;
  disciplines: string[];
  ownRole: boolean;
  onDone: () => void;
}) {
  const [form, setForm] = useState({ discipline: member.discipline, allocation: String(member.allocationPercent), role: member.role });
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [update, { loading }] = useMutation(UpdateTeamMember);
  const name = member.user.displayName;
  return (
    <form
      className="form member-edit"
      noValidate
      aria-label={`Edit ${name}`}
      onSubmit={(e) => {
        e.preventDefault();
        const allocation = allocationOf(form.allocation);
        if ('error' in allocation) {
          setErrors({ fields: { allocationPercent: allocation.error }, general: null });
          return;
        }
        const input = { discipline: form.discipline, allocationPercent: allocation.value, role: ownRole ? null : form.role };
        void update({ variables: { teamId, userId: member.user.id, input } }).then(
          () => onDone(),
          (error: unknown) => setErrors(formErrors(error, ['discipline', 'allocationPercent', 'role'])),
        );
      }}
    >
      <div className="settings-grid">
        <DisciplineField
          value={form.discipline}
          disciplines={disciplines}
          error={errorAt(errors, 'discipline')}
          onChange={(discipline) => setForm({ ...form, discipline })}
        />
        <Field label="Allocation (%)" hint="Of their time, with their other teams at most 100 %." error={errorAt(errors, 'allocationPercent')}>
          {(control) => (
            <input
              {...control}
              type="number"
              step="5"
              inputMode="numeric"
              value={form.allocation}
              onChange={(e) => setForm({ ...form, allocation: e.target.value })}
            />
          )}
        </Field>
        {ownRole ? (
          <p className="muted small">Your own team role is changed by another manager or an admin.</p>
        ) : (
          <Field label="Team role" error={errorAt(errors, 'role')}>
            {(control) => (
              <select {...control} value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value as TeamRole })}>
                {TEAM_ROLES.map((r) => (
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
      <p className="actions">
        <button type="submit" disabled={loading}>
          Save<span className="visually-hidden"> {name}</span>
        </button>{' '}
        <button type="button" className="secondary" onClick={onDone}>
          Cancel
        </button>
      </p>
    </form>
  );
}

/** Admins add one of the organisation's people to the team. */
export function AddMemberForm({ team, disciplines }: { team: Team; disciplines: string[] }) {
  const { data, loading: loadingUsers, error: usersError } = useQuery(TenantUsersQuery);
  const [form, setForm] = useState({ userId: '', discipline: disciplines[0] ?? '', role: 'MEMBER' as TeamRole, allocation: '100' });
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [add, { loading }] = useMutation(AddTeamMember);
  const members = new Set(team.members.map((m) => m.user.id));
  const candidates = (data?.users ?? []).filter((u) => !u.disabled && !members.has(u.id));
  return (
    <form
      className="card form add-member"
      noValidate
      aria-labelledby="add-member-title"
      onSubmit={(e) => {
        e.preventDefault();
        const allocation = allocationOf(form.allocation);
        const fields = {
          ...(form.userId ? {} : { userId: 'Choose who to add.' }),
          ...('error' in allocation ? { allocationPercent: allocation.error } : {}),
        };
        if (Object.keys(fields).length || 'error' in allocation) {
          setErrors({ fields, general: null });
          return;
        }
        void add({
          variables: { teamId: team.id, userId: form.userId, discipline: form.discipline, role: form.role, allocationPercent: allocation.value },
        }).then(
          () => {
            setForm({ ...form, userId: '' });
            setErrors(noErrors);
          },
          (error: unknown) => setErrors(formErrors(error, ['userId', 'discipline', 'allocationPercent', 'role'])),
        );
      }}
    >
      <h2 id="add-member-title">Add a member</h2>
      {usersError && (
        <p role="alert" className="error">
          The organisation's people could not be read: {usersError.message}
        </p>
      )}
      <div className="settings-grid">
        <Field label="Person" error={errorAt(errors, 'userId')}>
          {(control) => (
            <select {...control} value={form.userId} onChange={(e) => setForm({ ...form, userId: e.target.value })}>
              <option value="">{loadingUsers ? 'Loading…' : candidates.length ? 'Choose a person' : 'Everyone is in the team already'}</option>
              {candidates.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.displayName} ({u.email})
                </option>
              ))}
            </select>
          )}
        </Field>
        <DisciplineField
          value={form.discipline}
          disciplines={disciplines}
          error={errorAt(errors, 'discipline')}
          onChange={(discipline) => setForm({ ...form, discipline })}
        />
        <Field label="Team role" error={errorAt(errors, 'role')}>
          {(control) => (
            <select {...control} value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value as TeamRole })}>
              {TEAM_ROLES.map((r) => (
                <option key={r} value={r}>
                  {roleWords[r]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Allocation (%)" hint="Of their time, with their other teams at most 100 %." error={errorAt(errors, 'allocationPercent')}>
          {(control) => (
            <input
              {...control}
              type="number"
              step="5"
              inputMode="numeric"
              value={form.allocation}
              onChange={(e) => setForm({ ...form, allocation: e.target.value })}
            />
          )}
        </Field>
      </div>
      <FormError errors={errors} />
      <p className="actions">
        <button type="submit" disabled={loading}>
          Add to the team
        </button>
      </p>
    </form>
  );
}

/** The organisation's disciplines to choose a membership's from (adding a member and editing one). */
function DisciplineField({
  value,
  disciplines,
  error,
  onChange,
}: {
  value: string;
  disciplines: readonly string[];
  error: string | undefined;
  onChange: (discipline: string) => void;
}) {
  return (
    <Field label="Discipline" error={error}>
      {(control) => (
        <select {...control} value={value} onChange={(e) => onChange(e.target.value)}>
          {disciplines.map((d) => (
            <option key={d}>{d}</option>
          ))}
        </select>
      )}
    </Field>
  );
}
