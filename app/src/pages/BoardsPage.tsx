import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { graphql } from '../gql/index.ts';
import { ErrorMessage, Loading, unitOf } from '../components.tsx';
import { amount, formatDate } from '../format.ts';
import { useBoardsLive } from '../live/updates.ts';
import { UpdatedAgo } from '../live/UpdatedAgo.tsx';

const BoardsQuery = graphql(`
  query Boards {
    boards {
      id
      name
      projectKey
      team { id name }
      sprints { id name state startDate endDate }
    }
  }
`);

const SprintProgressQuery = graphql(`
  query SprintProgress($id: ID!) {
    sprint(id: $id) {
      id
      ...SprintProgressFigures
    }
  }
  fragment SprintProgressFigures on Sprint {
    id
    name
    state
    startDate
    endDate
    analysis { statistic committedPoints completedPoints notCompletedPoints addedPoints removedPoints issueCount computedAt }
  }
`);

// The update carries the new figures and the board's sprints: the normalised cache puts them into
// SprintProgress and Boards by their ids (live/updates.ts).
const SprintAnalysisUpdated = graphql(`
  subscription BoardSprintAnalysisUpdated($boardId: ID!) {
    sprintAnalysisUpdated(boardId: $boardId) {
      at
      board { id sprints { id name state startDate endDate } }
      sprint { id ...SprintProgressFigures }
    }
  }
`);

const noBoards: [] = [];

export function BoardsPage() {
  const { data, loading, error, refetch } = useQuery(BoardsQuery);
  const updatedAt = useBoardsLive(data?.boards ?? noBoards, SprintAnalysisUpdated, () => void refetch());
  if (loading && !data) return <Loading what="your boards" />;
  if (error && !data) return <ErrorMessage error={error} retry={() => void refetch()} />;
  const boards = data?.boards ?? [];
  return (
    <section>
      <h1>Boards</h1>
      <UpdatedAgo at={updatedAt} />
      {error && <ErrorMessage error={error} />}
      {boards.length === 0 ? (
        <p className="card empty">No boards yet. Connect JIRA and sync it (see the README), and your boards show here.</p>
      ) : (
        <ul className="board-list">
          {boards.map((board) => {
            // Sprints come oldest first: the latest active one is the one under way.
            const active = board.sprints.filter((s) => s.state === 'ACTIVE').at(-1);
            const lastClosed = board.sprints.filter((s) => s.state === 'CLOSED').at(-1);
            return (
              <li key={board.id} className="card board">
                <h2><Link to={`/boards/${board.id}`}>{board.name}</Link></h2>
                <p className="muted">
                  {board.team ? `Team ${board.team.name}` : 'No team'}
                  {board.projectKey && ` · project ${board.projectKey}`}
                </p>
                {active ? (
                  <ActiveSprint sprintId={active.id} />
                ) : (
                  <p className="muted">No active sprint{lastClosed ? `; the last one, ${lastClosed.name}, closed ${formatDate(lastClosed.endDate)}` : ''}.</p>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function ActiveSprint({ sprintId }: { sprintId: string }) {
  const { data, loading, error, refetch } = useQuery(SprintProgressQuery, { variables: { id: sprintId } });
  if (loading && !data) return <Loading what="the active sprint" />;
  if (error && !data) return <ErrorMessage error={error} retry={() => void refetch()} />;
  const sprint = data?.sprint;
  if (!sprint) return <p className="muted">The active sprint is not available.</p>;
  const a = sprint.analysis;
  const unit = a ? unitOf(a.statistic) : 'points';
  const done = a?.completedPoints ?? 0;
  const committed = a?.committedPoints ?? 0;
  const percent = committed > 0 ? Math.round((done / committed) * 100) : null;
  return (
    <div className="sprint" aria-label={`Active sprint of the board`}>
      <p>
        <strong>{sprint.name}</strong> <span className="badge">active</span>
        <br />
        <span className="muted">{formatDate(sprint.startDate)} – {formatDate(sprint.endDate)}</span>
      </p>
      {a ? (
        <>
          <p className="figures" data-testid="sprint-progress">
            <span data-figure="completed">{amount(done)}</span> of <span data-figure="committed">{amount(committed)}</span> committed {unit} completed
            {percent !== null && ` (${percent} %)`}
          </p>
          <progress max={Math.max(committed, done, 1)} value={done} aria-label={`${amount(done)} of ${amount(committed)} ${unit} completed`} />
          <p className="muted small">
            {amount(a.addedPoints)} added · {amount(a.removedPoints)} removed · {amount(a.notCompletedPoints)} not completed · {a.issueCount} issues
          </p>
        </>
      ) : (
        <p className="muted">No figures yet: the sprint has not been analysed.</p>
      )}
    </div>
  );
}
