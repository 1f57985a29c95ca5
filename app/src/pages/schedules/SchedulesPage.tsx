import { useCallback, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { ErrorMessage, Loading } from '../../components.tsx';
import { atLeast, managesTeam, useMe } from '../../me.ts';
import { BoardSchedulesQuery } from './operations.ts';
import { ScheduleCard } from './ScheduleCard.tsx';
import { ScheduleForm } from './ScheduleForm.tsx';
import { Breadcrumbs, boardTrail } from '../../Breadcrumbs.tsx';

/**
 * A board's report schedules: those of its team (Team.reportSchedules). The team's managers and
 * admins create, edit, pause, send and delete them and read their delivery logs; others read what
 * is scheduled, without the recipients (the API keeps those for managers).
 */
export default function SchedulesPage() {
  const { boardId = '' } = useParams();
  const me = useMe();
  const withRecipients = atLeast(me?.role, 'MANAGER');
  const { data, loading, error, refetch } = useQuery(BoardSchedulesQuery, { variables: { boardId, withRecipients }, skip: !me });
  const reload = useCallback(() => void refetch(), [refetch]);
  const [creating, setCreating] = useState(false);
  if (!me || (loading && !data)) return <Loading what="the report schedules" />;
  if (error && !data) return <ErrorMessage error={error} retry={reload} />;
  const board = data?.board;
  if (!board) return <ErrorMessage error={{ code: 'NOT_FOUND', message: 'No such board' }} />;
  const team = board.team;
  const manage = !!team && managesTeam(me, team.id);
  // Without SMTP the API refuses new schedules and sending: those controls are not offered.
  const email = data.reportEmailEnabled;
  const schedules = team?.reportSchedules ?? [];
  return (
    <section className="schedules-page">
      <Breadcrumbs trail={boardTrail(board, 'Report schedules')} />
      <h1>
        Report schedules <span className="muted">· {board.name}</span>
      </h1>
      {!team ? (
        <p className="card empty">This board has no team, and schedules belong to a team: an admin sets the board's team first.</p>
      ) : (
        <>
          <p className="muted">
            Reports of team {team.name} emailed on a schedule or when a sprint closes.
            {!manage && ' The team’s managers and admins change them and read their delivery logs.'}
          </p>
          {manage && !email && (
            <p className="card empty" role="note">
              Email is off on this server (no SMTP_URL is set), so schedules cannot be created or sent now. Existing ones can still be edited, paused or
              deleted.
            </p>
          )}
          {manage &&
            email &&
            (creating ? (
              <ScheduleForm
                teamId={team.id}
                onDone={() => {
                  setCreating(false);
                  reload();
                }}
                onCancel={() => setCreating(false)}
              />
            ) : (
              <p>
                <button type="button" onClick={() => setCreating(true)}>
                  New schedule
                </button>
              </p>
            ))}
          {schedules.length === 0 ? (
            <p className="card empty">Team {team.name} has no report schedules yet.</p>
          ) : (
            <div className="schedule-list">
              {schedules.map((s) => (
                <ScheduleCard key={s.id} schedule={s} teamId={team.id} manage={manage} canSend={email} onChange={reload} />
              ))}
            </div>
          )}
        </>
      )}
    </section>
  );
}
