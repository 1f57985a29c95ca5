import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { graphql } from '../gql/index.ts';
import { ErrorMessage, Loading } from '../components.tsx';
import { formatDate } from '../format.ts';
import { Breadcrumbs } from '../Breadcrumbs.tsx';
import { managesTeam, useMe } from '../me.ts';

const BoardQuery = graphql(`
  query Board($id: ID!) {
    board(id: $id) {
      id
      name
      projectKey
      team { id name }
      sprints { id name state startDate endDate completeDate }
    }
  }
`);

const stateWords = { ACTIVE: 'active', CLOSED: 'closed', FUTURE: 'future' } as const;

export function BoardPage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(BoardQuery, { variables: { id } });
  const me = useMe();
  if (loading && !data) return <Loading what="the board" />;
  if (error && !data) return <ErrorMessage error={error} retry={() => void refetch()} />;
  const board = data?.board;
  if (!board) return <ErrorMessage error={{ code: 'NOT_FOUND', message: 'No such board' }} />;
  // The API lists sprints oldest first; people look for the latest.
  const sprints = [...board.sprints].reverse();
  const active = sprints.find((s) => s.state === 'ACTIVE');
  return (
    <section>
      <Breadcrumbs trail={[{ label: 'Boards', to: '/' }, { label: board.name }]} />
      <h1>{board.name}</h1>
      <p className="muted">
        {board.team ? (
          <>
            Team <Link to={`/teams/${board.team.id}?board=${board.id}`}>{board.team.name}</Link>
          </>
        ) : (
          'No team'
        )}
        {board.projectKey && ` · project ${board.projectKey}`}
      </p>
      {active && (
        <p>
          <Link className="button" to={`/boards/${board.id}/sprints/${active.id}`}>
            Open the active sprint's report
          </Link>
        </p>
      )}
      {/* One entry per page of the board: reading first, then planning and settings. */}
      <nav aria-label="Board" className="board-nav">
        <ul>
          <li>
            <Link to={`/boards/${board.id}/velocity`}>Velocity</Link>
          </li>
          <li>
            <Link to={`/boards/${board.id}/reports`}>Reports</Link>
          </li>
          <li>
            <Link to={`/boards/${board.id}/capacity`}>Capacity</Link>
          </li>
          <li>
            <Link to={`/boards/${board.id}/queue`}>Queue</Link>
          </li>
          <li>
            <Link to={`/boards/${board.id}/schedules`}>Schedules</Link>
          </li>
          {/* Only for those who may change them: the settings page is about changing them. */}
          {managesTeam(me, board.team?.id) && (
            <li>
              <Link to={`/boards/${board.id}/settings`}>Settings</Link>
            </li>
          )}
        </ul>
      </nav>
      <h2>Sprints</h2>
      {sprints.length === 0 ? (
        <p className="card empty">This board has no sprints yet.</p>
      ) : (
        <ol className="sprint-list card" reversed>
          {sprints.map((s) => (
            <li key={s.id}>
              <strong>
                <Link to={`/boards/${board.id}/sprints/${s.id}`}>{s.name}</Link>
              </strong>{' '}
              <span className={`badge ${s.state.toLowerCase()}`}>{stateWords[s.state]}</span>
              <span className="muted">
                {' '}
                {formatDate(s.startDate)} – {formatDate(s.completeDate ?? s.endDate)}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
