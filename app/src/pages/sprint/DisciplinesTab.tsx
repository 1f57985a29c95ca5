import { lazy, Suspense } from 'react';
import { Loading } from '../../components.tsx';
import { amount, percent } from '../../format.ts';
import type { DisciplineRow } from './reportData.ts';
import { TableScroll } from '../../TableScroll.tsx';
import type { AnalysisTabProps } from './tab.tsx';

const DisciplineChart = lazy(() => import('./DisciplineChart.tsx'));

/** The figures' columns, in the order of the sprint's own figures. */
const disciplineColumns = [
  { field: 'committedPoints', label: 'Committed' },
  { field: 'completedPoints', label: 'Completed' },
  { field: 'addedPoints', label: 'Added' },
  { field: 'removedPoints', label: 'Removed' },
  { field: 'notCompletedPoints', label: 'Not completed' },
  { field: 'completedOutsidePoints', label: 'Completed outside' },
  { field: 'cancelledPoints', label: 'Cancelled' },
] as const;

/** Every figure per discipline, with the sprint's total, as a table and as bars. */
export function DisciplinesTab({ analysis: a, unit }: AnalysisTabProps) {
  const rows = a.disciplineBreakdown;
  return (
    <>
      <h2>
        Disciplines <span className="muted small">({unit})</span>
      </h2>
      {rows.length === 0 ? (
        <p className="card empty">No issue was in this sprint, so no discipline has figures.</p>
      ) : (
        <>
          <p className="muted small">Each issue counts for one discipline: the board's discipline rules, else its assignee's in the team, else Unassigned.</p>
          <TableScroll card label="Figures per discipline">
            <table className="issues figures-table" data-table="disciplines">
              <thead>
                <tr>
                  <th scope="col">Discipline</th>
                  <th scope="col">Issues</th>
                  {disciplineColumns.map((c) => (
                    <th key={c.field} scope="col">
                      {c.label}
                    </th>
                  ))}
                  <th scope="col">Say/do</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <FiguresRow key={r.discipline} name={r.discipline} figures={r} />
                ))}
              </tbody>
              <tfoot>
                {/* The sprint's own figures, not a sum here: the Total must read as the Figures tab does. */}
                <FiguresRow name="Total" figures={a} />
              </tfoot>
            </table>
          </TableScroll>
          <Suspense fallback={<Loading what="the chart" />}>
            <DisciplineChart rows={rows} unit={unit} />
          </Suspense>
        </>
      )}
    </>
  );
}

function FiguresRow({ name, figures }: { name: string; figures: Omit<DisciplineRow, 'discipline'> }) {
  return (
    <tr data-discipline={name}>
      <th scope="row">{name}</th>
      <td data-field="issueCount">{figures.issueCount}</td>
      {disciplineColumns.map((c) => (
        <td key={c.field} data-field={c.field}>
          {amount(figures[c.field])}
        </td>
      ))}
      <td data-field="sayDoRatio">{percent(figures.sayDoRatio)}</td>
    </tr>
  );
}
