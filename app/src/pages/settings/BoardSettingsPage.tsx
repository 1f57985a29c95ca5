import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { ErrorMessage, Loading } from '../../components.tsx';
import { managesTeam, useMe } from '../../me.ts';
import { statisticWords, subtaskWords } from './model.ts';
import { BoardSettingsQuery } from './operations.ts';
import type { BoardSettingsQuery as BoardSettingsData } from '../../gql/graphql.ts';
import { SettingsForm } from './SettingsForm.tsx';
import { TeamField } from './TeamField.tsx';
import { Breadcrumbs, boardTrail } from '../../Breadcrumbs.tsx';

/**
 * How the board's sprints are analysed. Its team's managers and administrators change it (the nav
 * shows them the way here); anyone else who opens it reads the settings, without controls.
 */
export function BoardSettingsPage() {
  const { boardId = '' } = useParams();
  const me = useMe();
  const { data, loading, error, refetch } = useQuery(BoardSettingsQuery, { variables: { id: boardId } });
  if (loading && !data) return <Loading what="the board's settings" />;
  if (error && !data) return <ErrorMessage error={error} retry={() => void refetch()} />;
  const board = data?.board;
  if (!board) return <ErrorMessage error={{ code: 'NOT_FOUND', message: 'No such board' }} />;
  if (!me) return <Loading what="your role" />;

  const canEdit = managesTeam(me, board.team?.id);
  const closed = board.sprints.filter((s) => s.state === 'CLOSED').reverse();
  return (
    <section className="board-settings">
      <Breadcrumbs trail={boardTrail(board, 'Settings')} />
      <h1>
        Board settings <span className="muted">· {board.name}</span>
      </h1>
      <p className="muted">
        How {board.name}'s sprints are analysed. {canEdit && "The preview shows what a closed sprint's figures become before you save."}
      </p>
      {canEdit ? (
        <SettingsForm
          key={board.id}
          boardId={board.id}
          estimationField={board.estimationField}
          settings={board.settings}
          disciplines={data.tenant?.disciplines ?? []}
          closedSprints={closed}
        />
      ) : (
        <ReadOnlySettings board={board} />
      )}
      {me.role === 'ADMIN' ? (
        <TeamField boardId={board.id} team={board.team ?? null} />
      ) : (
        <p className="card">
          Team: {board.team?.name ?? 'none'}. <span className="muted small">Administrators choose a board's team.</span>
        </p>
      )}
    </section>
  );
}

type Board = NonNullable<BoardSettingsData['board']>;

/** The settings in words, for those who may not change them. */
function ReadOnlySettings({ board }: { board: Board }) {
  const s = board.settings;
  return (
    <div className="card">
      <p className="muted small">Only {board.team ? `managers of team ${board.team.name}` : 'managers'} and administrators change these settings.</p>
      <dl className="settings-summary">
        <dt>Estimation statistic</dt>
        <dd>
          {statisticWords[s.estimationStatistic]}
          {s.estimationStatisticOverridden ? ' (chosen here)' : " (JIRA's estimation field)"}
        </dd>
        <dt>Sub-tasks</dt>
        <dd>
          {subtaskWords[s.subtaskPolicy].title}: {subtaskWords[s.subtaskPolicy].detail}
        </dd>
        <dt>Won't-do resolutions</dt>
        <dd>{s.cancelledResolutions.length ? s.cancelledResolutions.join(', ') : 'None'}</dd>
        <dt>Discipline rules</dt>
        <dd>
          {s.disciplineRules.length ? (
            <ol>
              {s.disciplineRules.map((r, i) => (
                <li key={i}>
                  {r.discipline}:{' '}
                  {[
                    ['components', r.components],
                    ['labels', r.labels],
                    ['issue types', r.issueTypes],
                  ]
                    .filter(([, v]) => v.length)
                    .map(([k, v]) => `${k} ${(v as string[]).join(', ')}`)
                    .join('; ')}
                </li>
              ))}
            </ol>
          ) : (
            'None: disciplines come from the assignees.'
          )}
        </dd>
        <dt>Time zone</dt>
        <dd>{s.timeZone}</dd>
      </dl>
    </div>
  );
}
