import { lazy, Suspense, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useNavigate, useParams } from 'react-router';
import { graphql } from '../gql/index.ts';
import type { SprintReportFiguresFragment } from '../gql/graphql.ts';
import { ErrorMessage, Loading, formatDate, formatPoints, unitOf } from '../components.tsx';
import { useSprintReportLive } from '../live/updates.ts';
import { UpdatedAgo } from '../live/UpdatedAgo.tsx';
import { SprintReportsPanel } from './reports/SprintReportsPanel.tsx';

// recharts is big: the chart loads on its own, after the figures.
const BurndownChart = lazy(() => import('./BurndownChart.tsx'));

const SprintReportQuery = graphql(`
  query SprintReport($boardId: ID!, $sprintId: ID!) {
    board(id: $boardId) { id name sprints { id name state startDate } }
    sprint(id: $sprintId) { id ...SprintReportFigures }
  }
  fragment SprintReportFigures on Sprint {
    id
    name
    state
    startDate
    endDate
    completeDate
    analysis {
      statistic committedPoints completedPoints addedPoints removedPoints notCompletedPoints completedOutsidePoints
      completionRate sayDoRatio scopeChangeRate issueCount computedAt
      issues { key outcome addedAfterStart commitment pointsAtStart pointsAtEnd discipline cycleTimeHours issue { id summary assigneeName } }
      burndown { date remainingPoints idealPoints workingDay }
    }
  }
`);

// The sprint's update (its name, state, dates or figures changed) carries what the report shows; the
// normalised cache merges it into the report by the sprint's id (live/updates.ts).
const ReportSprintUpdated = graphql(`
  subscription ReportSprintUpdated($sprintId: ID!) {
    sprintUpdated(sprintId: $sprintId) {
      at
      sprint { id ...SprintReportFigures }
    }
  }
`);

export type Analysis = NonNullable<SprintReportFiguresFragment['analysis']>;
type Issue = Analysis['issues'][number];

const commitmentWords: Record<string, string> = {
  IN_COMMITMENT: 'in the commitment',
  ADDED_AFTER_START: 'added after the start',
  DONE_AT_START: 'already done at the start',
  CANCELLED_AT_START: 'already cancelled at the start',
  UNMAPPED_AT_START: 'in a status on no board column at the start',
};

const percent = (r: number | null | undefined) => (r == null ? '—' : `${Math.round(r * 100)} %`);
const hours = (h: number | null | undefined) => (h == null ? '—' : h >= 24 ? `${formatPoints(Math.round((h / 24) * 10) / 10)} d` : `${formatPoints(Math.round(h * 10) / 10)} h`);
const est = (n: number | null | undefined) => (n == null ? '—' : formatPoints(n));

export function SprintReportPage() {
  const { boardId = '', sprintId = '' } = useParams();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(SprintReportQuery, { variables: { boardId, sprintId } });
  const updatedAt = useSprintReportLive(boardId, sprintId, ReportSprintUpdated);
  if (loading && !data) return <Loading what="the sprint report" />;
  if (error && !data) return <ErrorMessage error={error} retry={() => void refetch()} />;
  const board = data?.board;
  const sprint = data?.sprint;
  if (!board || !sprint) return <ErrorMessage error={{ code: 'NOT_FOUND', message: 'No such sprint' }} />;
  const newestFirst = [...board.sprints].reverse();
  const a = sprint.analysis;
  return (
    <section className="report">
      <p><Link to={`/boards/${board.id}`}>← {board.name}</Link> · <Link to={`/boards/${board.id}/velocity`}>Velocity</Link></p>
      <h1>{sprint.name}</h1>
      <p className="muted">
        {sprint.state.toLowerCase()} · {formatDate(sprint.startDate)} – {formatDate(sprint.completeDate ?? sprint.endDate)}
      </p>
      <label className="picker">
        Sprint{' '}
        <select value={sprint.id} onChange={(e) => void navigate(`/boards/${board.id}/sprints/${e.target.value}`)}>
          {newestFirst.map((s) => (
            <option key={s.id} value={s.id}>{s.name} ({s.state.toLowerCase()})</option>
          ))}
        </select>
      </label>
      <UpdatedAgo at={updatedAt} />
      {a ? <Report analysis={a} /> : <p className="card empty">This sprint has not started: there are no figures yet.</p>}
      <SprintReportsPanel boardId={board.id} sprintId={sprint.id} />
    </section>
  );
}

function Report({ analysis: a }: { analysis: Analysis }) {
  const unit = unitOf(a.statistic);
  return (
    <>
      <FigureGrid analysis={a} />
      <h2>Burndown</h2>
      <Suspense fallback={<Loading what="the chart" />}>
        <BurndownChart points={a.burndown} unit={unit} />
      </Suspense>
      <p className="muted small">Computed {new Date(a.computedAt).toLocaleString()}</p>
    </>
  );
}

/** The headline figures as the API gives them, each opening the list of its issues. */
export function FigureGrid({ analysis: a }: { analysis: Analysis }) {
  const unit = unitOf(a.statistic);
  // One list, classed by outcome here: the router's depth limit leaves no room for a fragment per list.
  const outcome = (o: Issue['outcome']) => a.issues.filter((i) => i.outcome === o);
  const figures: { id: string; label: string; value: string; issues?: Issue[] }[] = [
    { id: 'committed', label: 'Committed', value: formatPoints(a.committedPoints), issues: a.issues.filter((i) => i.commitment === 'IN_COMMITMENT') },
    { id: 'completed', label: 'Completed', value: formatPoints(a.completedPoints), issues: outcome('COMPLETED') },
    { id: 'added', label: 'Added', value: formatPoints(a.addedPoints), issues: a.issues.filter((i) => i.addedAfterStart) },
    { id: 'removed', label: 'Removed', value: formatPoints(a.removedPoints), issues: outcome('REMOVED') },
    { id: 'notCompleted', label: 'Not completed', value: formatPoints(a.notCompletedPoints), issues: outcome('NOT_COMPLETED') },
    { id: 'completedOutside', label: 'Completed outside', value: formatPoints(a.completedOutsidePoints), issues: outcome('COMPLETED_OUTSIDE') },
    { id: 'sayDo', label: 'Say/do', value: percent(a.sayDoRatio) },
    { id: 'scopeChange', label: 'Scope change', value: percent(a.scopeChangeRate) },
    { id: 'completionRate', label: 'Completion rate', value: percent(a.completionRate) },
  ];
  const [open, setOpen] = useState<string | null>(null);
  const opened = figures.find((f) => f.id === open);
  return (
    <>
      <h2>Figures <span className="muted small">({unit}; {a.issueCount} issues)</span></h2>
      <ul className="figure-grid">
        {figures.map((f) => (
          <li key={f.id} className="card figure">
            <span className="label">{f.label}</span>
            <span className="value" data-figure={f.id}>{f.value}</span>
            {f.issues?.length === 0 && <span className="muted small">No issues</span>}
            {f.issues && f.issues.length > 0 && (
              <button type="button" aria-expanded={open === f.id} aria-controls="figure-issues" onClick={() => setOpen(open === f.id ? null : f.id)}>
                {open === f.id ? 'Hide' : 'Show'} {f.issues.length} {f.issues.length === 1 ? 'issue' : 'issues'}
              </button>
            )}
          </li>
        ))}
      </ul>
      {opened?.issues && (
        <div id="figure-issues" className="card">
          <h3>{opened.label}: {opened.issues.length} {opened.issues.length === 1 ? 'issue' : 'issues'}</h3>
          <IssueTable issues={opened.issues} />
        </div>
      )}
    </>
  );
}

function IssueTable({ issues }: { issues: Issue[] }) {
  if (issues.length === 0) return <p className="empty">No issues.</p>;
  return (
    <div className="table-scroll">
      <table className="issues">
        <thead>
          <tr><th scope="col">Key</th><th scope="col">Summary</th><th scope="col">Points</th><th scope="col">Discipline</th><th scope="col">Assignee</th><th scope="col">Cycle time</th><th scope="col">Commitment</th></tr>
        </thead>
        <tbody>
          {issues.map((i) => (
            <tr key={i.key}>
              <td>{i.key}{i.addedAfterStart && <abbr title="added after the sprint started">*</abbr>}</td>
              <td>{i.issue?.summary ?? '—'}</td>
              <td>{i.pointsAtStart !== i.pointsAtEnd && i.pointsAtStart != null ? `${est(i.pointsAtStart)} → ${est(i.pointsAtEnd)}` : est(i.pointsAtEnd)}</td>
              <td>{i.discipline}</td>
              <td>{i.issue?.assigneeName ?? 'Unassigned'}</td>
              <td>{hours(i.cycleTimeHours)}</td>
              <td>{i.commitment === 'IN_COMMITMENT' ? '' : commitmentWords[i.commitment] ?? i.commitment}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
