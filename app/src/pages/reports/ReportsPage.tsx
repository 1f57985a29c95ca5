import { useCallback } from 'react';
import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { ErrorMessage, Loading } from '../../components.tsx';
import { GenerateReportForm } from './GenerateReportForm.tsx';
import { boardReports, canGenerateReports } from './model.ts';
import { BoardReportsQuery } from './operations.ts';
import { ReportList } from './ReportList.tsx';
import { Breadcrumbs, boardTrail } from '../../Breadcrumbs.tsx';

/** A board's reports: generate one (for those allowed to), and every report made before. */
export default function ReportsPage() {
  const { boardId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(BoardReportsQuery, { variables: { boardId } });
  const reload = useCallback(() => void refetch(), [refetch]);
  if (loading && !data) return <Loading what="the board's reports" />;
  if (error && !data) return <ErrorMessage error={error} retry={reload} />;
  const board = data?.board;
  if (!board) return <ErrorMessage error={{ code: 'NOT_FOUND', message: 'No such board' }} />;
  const role = data?.me?.role;
  // The API lists sprints oldest first; people look for the latest.
  const sprints = [...board.sprints].reverse();
  const reports = boardReports(
    board.id,
    board.team?.reports,
    board.sprints.map((s) => s.reports),
  );
  return (
    <section className="reports-page">
      <Breadcrumbs trail={boardTrail(board, 'Reports')} />
      <h1>
        Reports <span className="muted">· {board.name}</span>
      </h1>
      {canGenerateReports(role) ? (
        <GenerateReportForm board={{ id: board.id, team: board.team ? { id: board.team.id, name: board.team.name } : null, sprints }} onChange={reload} />
      ) : (
        <p className="muted">Your role{role ? ` (${role})` : ''} can download reports but not generate them: a member, manager or admin can.</p>
      )}
      <h2>Past reports</h2>
      <ReportList reports={reports} empty="No reports of this board yet." caption={`Past reports of ${board.name}`} />
    </section>
  );
}
