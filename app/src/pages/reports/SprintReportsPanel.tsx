import { useCallback, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import type { ReportFormat } from '../../gql/graphql.ts';
import { ErrorMessage, Loading } from '../../components.tsx';
import { canGenerateReports, newestFirst } from './model.ts';
import { ReportGenerator } from './ReportGenerator.tsx';
import { ReportList } from './ReportList.tsx';
import { SprintReportsQuery } from './operations.ts';

/** A sprint's past reports, and (for those allowed to) a control that generates its sprint report. */
export function SprintReportsPanel({ boardId, sprintId }: { boardId: string; sprintId: string }) {
  const { data, loading, error, refetch } = useQuery(SprintReportsQuery, { variables: { sprintId } });
  const reload = useCallback(() => void refetch(), [refetch]);
  const sprint = data?.sprint;
  return (
    // No accessible name on the section: the page's "Sprint" picker must stay the one control labelled so.
    <section className="sprint-reports">
      <h2>Reports of this sprint</h2>
      {loading && !data ? (
        <Loading what="the sprint's reports" />
      ) : error && !data ? (
        <ErrorMessage error={error} retry={reload} />
      ) : !sprint ? (
        <ErrorMessage error={{ code: 'NOT_FOUND', message: 'No such sprint' }} />
      ) : (
        <>
          {canGenerateReports(data?.me?.role) && <GenerateSprintReport key={sprint.id} sprintId={sprint.id} onChange={reload} />}
          <ReportList reports={newestFirst(sprint.reports ?? [])} empty={`No report of ${sprint.name} has been generated yet.`} caption="Past reports" />
          <p>
            <Link to={`/boards/${boardId}/reports`}>All of the board's reports, and velocity, capacity and history reports</Link>
          </p>
        </>
      )}
    </section>
  );
}

function GenerateSprintReport({ sprintId, onChange }: { sprintId: string; onChange: () => void }) {
  const [format, setFormat] = useState<ReportFormat>('PDF');
  return (
    <ReportGenerator
      className="inline-form"
      submitLabel="Generate the sprint report"
      format={format}
      onFormat={setFormat}
      ask={() => ({ kind: 'SPRINT', format, sprintId })}
      onChange={onChange}
    />
  );
}
