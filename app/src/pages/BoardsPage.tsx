import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { graphql } from '../gql/index.ts';
import type { BoardCardSprintFragment } from '../gql/graphql.ts';
import { ErrorMessage, Loading, unitOf } from '../components.tsx';
import { amount, formatDate } from '../format.ts';
import { useBoardsLive } from '../live/updates.ts';
import { UpdatedAgo } from '../live/UpdatedAgo.tsx';
import { FirstRun } from './connections/FirstRun.tsx';

// One round trip paints the whole page: the cards' sprints, the active one's figures among them,
// come with the boards (analysis is null for a future sprint; the others are read in one batch).
const BoardsQuery = graphql(`
  query Boards {
    boards {
      id
      name
      projectKey
      team { id name }
      sprints { ...BoardCardSprint }
    }
  }
  fragment BoardCardSprint on Sprint {
    id
    name
    state
    startDate
    endDate
    completeDate
    analysis { statistic committedPoints completedPoints notCompletedPoints addedPoints removedPoints issueCount computedAt }
  }
`);

// The update carries the new figures and the board's sprints with what the cards show of them: the
// normalised cache merges them into Boards by their ids (live/updates.ts), and the query stays
// complete (no refetch) when a sprint appears.
const SprintAnalysisUpdated = graphql(`
  subscription BoardSprintAnalysisUpdated($boardId: ID!) {
    sprintAnalysisUpdated(boardId: $boardId) {
      at
      board { id sprints { ...BoardCardSprint } }
      sprint { ...BoardCardSprint }
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
        <FirstRun />
      ) : (
        <ul className="board-list">
          {boards.map((board) => {
            // Sprints come oldest first: the latest active one is the one under way.
            const active = board.sprints.filter((s) => s.state === 'ACTIVE').at(-1);
            const lastClosed = board.sprints.filter((s) => s.state === 'CLOSED').at(-1);
            return (
              <li key={board.id} className="card board">
                <h2>
                  <Link to={`/boards/${board.id}`}>{board.name}</Link>
                </h2>
                <p className="muted">
                  {board.team ? `Team ${board.team.name}` : 'No team'}
                  {board.projectKey && ` · project ${board.projectKey}`}
                </p>
                {active ? (
                  <ActiveSprint boardId={board.id} sprint={active} />
                ) : (
                  <p className="muted">
                    No active sprint
                    {lastClosed && (
                      // When it really closed (JIRA's complete date), not when it was planned to end.
                      <>
                        ; the last one, {lastClosed.name}, closed {formatDate(lastClosed.completeDate ?? lastClosed.endDate)}
                      </>
                    )}
                    .
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function ActiveSprint({ boardId, sprint }: { boardId: string; sprint: BoardCardSprintFragment }) {
  const a = sprint.analysis;
  const unit = a ? unitOf(a.statistic) : 'points';
  const done = a?.completedPoints ?? 0;
  const committed = a?.committedPoints ?? 0;
  const percent = committed > 0 ? Math.round((done / committed) * 100) : null;
  return (
    <div className="sprint" aria-label={`Active sprint of the board`}>
      <p>
        <strong>
          <Link to={`/boards/${boardId}/sprints/${sprint.id}`}>{sprint.name}</Link>
        </strong>{' '}
        <span className="badge">active</span>
        <br />
        <span className="muted">
          {formatDate(sprint.startDate)} – {formatDate(sprint.endDate)}
        </span>
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
