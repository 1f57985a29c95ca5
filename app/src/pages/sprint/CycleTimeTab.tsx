import { hours } from '../../format.ts';
import { IssueTable } from './IssueTable.tsx';
import { TableScroll } from '../../TableScroll.tsx';
import type { AnalysisTabProps } from './tab.tsx';

type Percentiles = { count: number; p50: number; p85: number; p95: number } | null | undefined;
const levels = [
  { field: 'p50', label: 'Median (p50)' },
  { field: 'p85', label: '85th percentile' },
  { field: 'p95', label: '95th percentile' },
] as const;

/** How long the sprint's completed issues took: percentiles of the sprint and per discipline, and each issue's. */
export function CycleTimeTab({ analysis: a }: AnalysisTabProps) {
  // Slowest first: the issues worth a conversation come first.
  const completed = a.issues
    .filter((i) => i.outcome === 'COMPLETED')
    .sort((x, y) => (y.cycleTimeHours ?? -1) - (x.cycleTimeHours ?? -1) || x.key.localeCompare(y.key, undefined, { numeric: true }));
  return (
    <>
      <h2>Cycle time</h2>
      <p className="muted small">
        Cycle time: from an issue's first move into progress to done. Lead time: from its creation to done. Of the issues completed in the sprint, in hours of
        the clock (days in brackets); nearest-rank percentiles: 85 % of the issues took at most the 85th.
      </p>
      <PercentileTable
        caption="Cycle and lead time"
        rows={[
          { name: 'Cycle time', id: 'cycle', p: a.cycleTime },
          { name: 'Lead time', id: 'lead', p: a.leadTime },
        ]}
      />
      {a.disciplineBreakdown.length > 0 && (
        <PercentileTable
          caption="Cycle time per discipline"
          rows={a.disciplineBreakdown.map((d) => ({ name: d.discipline, id: `discipline-${d.discipline}`, p: d.cycleTime }))}
        />
      )}
      <h3>Completed issues, slowest first</h3>
      {completed.length === 0 ? (
        <p className="card empty">No issue was completed in this sprint.</p>
      ) : (
        <div className="card">
          <IssueTable issues={completed} label="Completed issues" leadTime />
        </div>
      )}
    </>
  );
}

function PercentileTable({ caption, rows }: { caption: string; rows: { name: string; id: string; p: Percentiles }[] }) {
  return (
    <TableScroll card label={caption}>
      <table className="issues percentiles">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">Measure</span>
            </th>
            <th scope="col">Issues</th>
            {levels.map((l) => (
              <th key={l.field} scope="col">
                {l.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ name, id, p }) => (
            <tr key={id} data-percentiles={id}>
              <th scope="row">{name}</th>
              {p ? (
                <>
                  <td data-field="count">{p.count}</td>
                  {levels.map((l) => (
                    <td key={l.field} data-field={l.field}>
                      {hours(p[l.field])}
                    </td>
                  ))}
                </>
              ) : (
                <td colSpan={4} className="empty">
                  No completed issue to measure.
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
