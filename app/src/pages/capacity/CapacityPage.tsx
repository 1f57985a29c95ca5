import { useQuery } from '@apollo/client/react';
import { Link, useParams, useSearchParams } from 'react-router';
import type { CapacityBoardQuery as CapacityBoard, SprintCapacityFieldsFragment } from '../../gql/graphql.ts';
import { ErrorMessage, Loading } from '../../components.tsx';
import { formatDate, amount } from '../../format.ts';
import { managesTeam, useMe } from '../../me.ts';
import { live, useLiveUpdates } from '../../live/updates.ts';
import { UpdatedAgo } from '../../live/UpdatedAgo.tsx';
import { CapacityBoardQuery, CapacityUpdated, SprintCapacityQuery } from './operations.ts';
import { chosenSprint, plannableSprints } from './model.ts';
import { CapacityFigures, DisciplineTable, MemberTable } from './CapacityTables.tsx';
import { HolidayList } from './HolidaysEditor.tsx';
import { BUILT_IN, SettingsSummary, SprintSettingsForm, TeamDefaultsForm, type Setting } from './SettingsForms.tsx';
import { Breadcrumbs, boardTrail } from '../../Breadcrumbs.tsx';

type Board = NonNullable<CapacityBoard['board']>;
type Team = NonNullable<Board['team']>;

/**
 * The capacity of the board's next sprint (or another one not closed), per discipline and per
 * member, with what the last sprints delivered beside it; managers of the team edit days off, the
 * sprint's settings and the team's defaults in place. Live: anyone's change shows (capacityUpdated).
 */
export default function CapacityPage() {
  const { boardId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const { data, loading, error, refetch } = useQuery(CapacityBoardQuery, { variables: { boardId } });
  const board = data?.board;
  if (loading && !data) return <Loading what="the board" />;
  if (error && !data) return <ErrorMessage error={error} retry={() => void refetch()} />;
  if (!board) return <ErrorMessage error={{ code: 'NOT_FOUND', message: 'No such board' }} />;
  const sprint = chosenSprint(board.sprints, params.get('sprint'));
  const open = plannableSprints(board.sprints);
  return (
    <section className="capacity">
      <Breadcrumbs trail={boardTrail(board, 'Capacity')} />
      <h1>
        Capacity<span className="muted"> · {board.name}</span>
      </h1>
      {!board.team ? (
        <p className="card empty">This board has no team: capacity is a team's. An administrator gives the board a team in its settings.</p>
      ) : (
        <>
          <p className="muted">
            Team <Link to={`/teams/${board.team.id}?board=${board.id}`}>{board.team.name}</Link>
          </p>
          {open.length === 0 || !sprint ? (
            <p className="card empty">This board has no active or future sprint: create the next sprint in JIRA to plan its capacity.</p>
          ) : (
            <>
              <p className="picker">
                <label htmlFor="capacity-sprint">Sprint</label>{' '}
                <select id="capacity-sprint" value={sprint.id} onChange={(e) => setParams({ sprint: e.target.value })}>
                  {open.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.name} ({s.state === 'FUTURE' ? 'future' : 'active'})
                    </option>
                  ))}
                </select>
              </p>
              <SprintCapacity boardId={board.id} team={board.team} sprintId={sprint.id} />
            </>
          )}
        </>
      )}
    </section>
  );
}

function SprintCapacity({ boardId, team, sprintId }: { boardId: string; team: Team; sprintId: string }) {
  const me = useMe();
  const editable = managesTeam(me, team.id);
  const { data, loading, error, refetch } = useQuery(SprintCapacityQuery, { variables: { sprintId } });
  // A sprint's change arrives with its figures (merged by the cache); a team-wide one changes every sprint: read ours again.
  const updatedAt = useLiveUpdates([
    live(
      CapacityUpdated,
      { teamId: team.id },
      {
        onData: (d) => void (d.capacityUpdated.sprint ? undefined : refetch().catch(() => undefined)),
        shows: (d) => !d.capacityUpdated.sprint || d.capacityUpdated.sprint.id === sprintId,
      },
    ),
  ]);
  const sprint = data?.sprint;
  return (
    <>
      <UpdatedAgo at={updatedAt} />
      {loading && !data ? (
        <Loading what="the sprint's capacity" />
      ) : error && !data ? (
        <ErrorMessage error={error} retry={() => void refetch()} />
      ) : !sprint ? (
        <ErrorMessage error={{ code: 'NOT_FOUND', message: 'No such sprint' }} />
      ) : (
        <SprintCapacityView boardId={boardId} team={team} sprint={sprint} editable={editable} />
      )}
    </>
  );
}

function SprintCapacityView({ boardId, team, sprint, editable }: { boardId: string; team: Team; sprint: SprintCapacityFieldsFragment; editable: boolean }) {
  const capacity = sprint.capacity;
  const settings = team.capacitySettings ?? [];
  const defaults: Setting | undefined = settings.find((s) => !s.sprint) ?? undefined;
  const override: Setting | undefined = settings.find((s) => s.sprint?.id === sprint.id) ?? undefined;
  const teamFocus = defaults?.focusFactor ?? BUILT_IN.focusFactor;
  return (
    <>
      <p className="muted">
        {sprint.name}: {formatDate(sprint.startDate)} – {formatDate(sprint.endDate)}
      </p>
      {!capacity || !sprint.startDate || !sprint.endDate ? (
        <p className="card empty">This sprint has no dates in JIRA yet: its capacity needs them.</p>
      ) : (
        <>
          <CapacityFigures capacity={capacity} boardId={boardId} />
          <p className="capacity-basis">
            Focus factor {amount(capacity.focusFactor)}
            {capacity.adjustment !== 1 && <> · measured rates × {amount(capacity.adjustment)} (this sprint's focus factor ÷ the team's)</>} ·{' '}
            {amount(capacity.hoursPerDay)} hours a person-day · holidays on working days: <HolidayList holidays={capacity.holidays} none="none" />
          </p>
          <h2>By discipline</h2>
          <DisciplineTable capacity={capacity} />
          <h2>By member</h2>
          <MemberTable capacity={capacity} sprintId={sprint.id} editable={editable} />
          <div className="capacity-settings-pair">
            {editable ? (
              <SprintSettingsForm
                key={sprint.id}
                sprint={{ id: sprint.id, name: sprint.name, startDate: sprint.startDate, endDate: sprint.endDate }}
                override={override}
                teamFocus={teamFocus}
              />
            ) : (
              <SettingsSummary
                title="This sprint's settings"
                items={[
                  {
                    label: 'Focus factor of this sprint',
                    value: override?.focusFactor != null ? amount(override.focusFactor) : `the team's (${amount(teamFocus)})`,
                  },
                  { label: 'Extra non-working days', value: <HolidayList holidays={override?.holidays ?? []} /> },
                ]}
              />
            )}
            {editable ? (
              <TeamDefaultsForm teamId={team.id} teamName={team.name} defaults={defaults} />
            ) : (
              <SettingsSummary
                title={`Team ${team.name}'s defaults`}
                items={[
                  { label: 'Focus factor', value: amount(defaults?.focusFactor ?? BUILT_IN.focusFactor) },
                  { label: 'Default points per person-day', value: amount(defaults?.defaultPointsPerDay ?? BUILT_IN.defaultPointsPerDay) },
                  { label: 'History sprints', value: amount(defaults?.historySprints ?? BUILT_IN.historySprints) },
                  { label: 'Hours per person-day', value: amount(defaults?.hoursPerDay ?? BUILT_IN.hoursPerDay) },
                  { label: 'Team holidays', value: <HolidayList holidays={defaults?.holidays ?? []} /> },
                ]}
              />
            )}
          </div>
        </>
      )}
    </>
  );
}
