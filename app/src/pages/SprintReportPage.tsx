import { lazy, Suspense } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useNavigate, useParams } from 'react-router';
import { graphql } from '../gql/index.ts';
import { ErrorMessage, Loading } from '../components.tsx';
import { formatDate } from '../format.ts';
import { Breadcrumbs, boardTrail } from '../Breadcrumbs.tsx';
import { analysed, type ReportTab, type TabProps } from './sprint/tab.tsx';
import { FiguresTab } from './sprint/FiguresTab.tsx';
import { ChartsTab } from './sprint/ChartsTab.tsx';
import { DisciplinesTab } from './sprint/DisciplinesTab.tsx';
import { CarryOverTab } from './sprint/CarryOverTab.tsx';
import { CycleTimeTab } from './sprint/CycleTimeTab.tsx';
import { useSprintReportLive } from '../live/updates.ts';
import { UpdatedAgo } from '../live/UpdatedAgo.tsx';

// Loaded when the Reports tab is first opened: the report forms (and their jobs, downloads) are not
// needed to read a sprint.
const SprintReportsPanel = lazy(() => import('./reports/SprintReportsPanel.tsx').then((m) => ({ default: m.SprintReportsPanel })));

/**
 * The report's tabs, in order: each has its own URL (/boards/:board/sprints/:sprint/:tab; the first
 * is the default and has none). A tab added here gets its link, its URL and the sprint picker's care.
 */
const reportTabs: readonly ReportTab[] = [
  { id: 'figures', label: 'Figures', Panel: analysed(FiguresTab) },
  { id: 'charts', label: 'Charts', Panel: analysed(ChartsTab) },
  { id: 'disciplines', label: 'Disciplines', Panel: analysed(DisciplinesTab) },
  { id: 'carry-over', label: 'Carry-over', Panel: CarryOverTab },
  { id: 'cycle-time', label: 'Cycle time', Panel: analysed(CycleTimeTab) },
  { id: 'reports', label: 'Reports', Panel: ReportsTab },
];

/** The sprint's past reports and, for those allowed, a button that makes another (before it starts too). */
function ReportsTab({ sprint, boardId }: TabProps) {
  return (
    <Suspense fallback={<Loading what="the reports" />}>
      <SprintReportsPanel boardId={boardId} sprintId={sprint.id} />
    </Suspense>
  );
}

// One fragment for every tab, so that the live update below refreshes them all. Mind the router's
// depth limit (8, router/src/armor.ts), where a spread counts a level: the fragment goes 4 deep
// (analysis { issues { issue { url } } }), which puts the query at 7 and the live update at 8, the
// limit. So the lists stay inline rather than in fragments of their own, and nothing goes deeper.
const SprintReportQuery = graphql(`
  query SprintReport($boardId: ID!, $sprintId: ID!) {
    board(id: $boardId) { id name settings { timeZone } sprints { id name state startDate endDate completeDate } }
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
      statistic committedPoints completedPoints addedPoints removedPoints notCompletedPoints completedOutsidePoints cancelledPoints
      completionRate sayDoRatio scopeChangeRate issueCount computedAt
      issues {
        key outcome addedAfterStart commitment pointsAtStart pointsAtJoin pointsAtEnd discipline cycleTimeHours leadTimeHours
        issue { id summary assigneeName url }
      }
      burndown { date remainingPoints idealPoints workingDay }
      burnup { date scopePoints completedPoints idealPoints workingDay }
      scopeChanges { at key kind points }
      disciplineBreakdown {
        discipline committedPoints completedPoints addedPoints removedPoints notCompletedPoints completedOutsidePoints cancelledPoints sayDoRatio issueCount
        cycleTime { count p50 p85 p95 }
      }
      cycleTime { count p50 p85 p95 }
      leadTime { count p50 p85 p95 }
    }
    carryOver { key sprintCount carriedIn carriedOut points sprints { id name } issue { id summary url } }
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

export function SprintReportPage() {
  const { boardId = '', sprintId = '', tab: tabId = reportTabs[0].id } = useParams();
  const navigate = useNavigate();
  const { data, previousData, loading, error, refetch } = useQuery(SprintReportQuery, { variables: { boardId, sprintId } });
  const updatedAt = useSprintReportLive(boardId, sprintId, ReportSprintUpdated);
  // Another sprint of the same board loads below the tabs: the header, the picker (and the focus on
  // it, for a keyboard stepping through sprints) and the tabs stay, from the board as last read.
  const shown = (data ?? previousData)?.board;
  const board = shown?.id === boardId ? shown : null;
  const sprint = data?.sprint ?? null;
  // The sprint being read, by the board's list until its report comes.
  const heading = sprint ?? board?.sprints.find((s) => s.id === sprintId);
  if (!board || !heading) {
    if (loading) return <Loading what="the sprint report" />;
    if (error) return <ErrorMessage error={error} retry={() => void refetch()} />;
    return <ErrorMessage error={{ code: 'NOT_FOUND', message: board ? 'No such sprint' : 'No such board' }} />;
  }
  const newestFirst = [...board.sprints].reverse();
  const tab = reportTabs.find((t) => t.id === tabId);
  // Another sprint or tab keeps the other: the URL says both.
  const pathOf = (sprint: string, tab: string) => `/boards/${board.id}/sprints/${sprint}${tab === reportTabs[0].id ? '' : `/${tab}`}`;
  return (
    <section className="report">
      <Breadcrumbs trail={boardTrail(board, heading.name)} />
      <p className="small">
        <Link to={`/boards/${board.id}/velocity`}>Velocity</Link>
      </p>
      <h1>{heading.name}</h1>
      <p className="muted">
        {heading.state.toLowerCase()} · {formatDate(heading.startDate)} – {formatDate(heading.completeDate ?? heading.endDate)}
      </p>
      <label className="picker">
        Sprint{' '}
        <select value={heading.id} onChange={(e) => void navigate(pathOf(e.target.value, tab?.id ?? reportTabs[0].id))}>
          {newestFirst.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name} ({s.state.toLowerCase()})
            </option>
          ))}
        </select>
      </label>
      <UpdatedAgo at={updatedAt} />
      <nav aria-label="Report sections" className="tabs">
        <ul>
          {reportTabs.map((t) => (
            <li key={t.id}>
              <Link to={pathOf(heading.id, t.id)} aria-current={t.id === tab?.id ? 'page' : undefined}>
                {t.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {!sprint ? (
        loading ? (
          <Loading what="the sprint report" />
        ) : error ? (
          <ErrorMessage error={error} retry={() => void refetch()} />
        ) : (
          <ErrorMessage error={{ code: 'NOT_FOUND', message: 'No such sprint' }} />
        )
      ) : tab ? (
        <tab.Panel sprint={sprint} boardId={board.id} timeZone={board.settings.timeZone} />
      ) : (
        <p className="card empty">A sprint report has no section “{tabId}”: choose one of the sections above.</p>
      )}
    </section>
  );
}
