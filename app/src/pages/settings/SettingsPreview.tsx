import { amount, percent } from '../../format.ts';
import { unitOf } from '../../components.tsx';
import { TableScroll } from '../../TableScroll.tsx';
import type { PreviewFiguresFragment } from '../../gql/graphql.ts';

type Figures = PreviewFiguresFragment;

const rows: { id: string; label: string; value: (f: Figures) => number | null; ratio?: boolean }[] = [
  { id: 'committed', label: 'Committed', value: (f) => f.committedPoints },
  { id: 'completed', label: 'Completed', value: (f) => f.completedPoints },
  { id: 'notCompleted', label: 'Not completed', value: (f) => f.notCompletedPoints },
  { id: 'added', label: 'Added', value: (f) => f.addedPoints },
  { id: 'removed', label: 'Removed', value: (f) => f.removedPoints },
  { id: 'cancelled', label: "Cancelled (won't do)", value: (f) => f.cancelledPoints },
  { id: 'sayDo', label: 'Say/do', value: (f) => f.sayDoRatio, ratio: true },
];

/**
 * A signed difference in the row's own terms: "+3", "−1.5", "+12 pp" for ratios (percentage points),
 * "0". Amounts in different units (points today, issues with the new settings) have no difference: "—".
 */
function difference(before: number | null, after: number | null, ratio: boolean | undefined, unitsDiffer: boolean): string {
  if (unitsDiffer && !ratio) return '—';
  if (before == null || after == null) return before === after ? '0' : '—';
  const d = ratio ? Math.round(after * 100) - Math.round(before * 100) : Math.round((after - before) * 100) / 100;
  const sign = d > 0 ? '+' : d < 0 ? '−' : '';
  return `${sign}${Math.abs(d)}${ratio && d !== 0 ? ' pp' : ''}`;
}

/** A closed sprint's figures today beside those the unsaved settings would give, and the difference. */
export function PreviewTable({ sprintName, current, preview }: { sprintName: string; current: Figures; preview: Figures }) {
  const unitsDiffer = current.statistic !== preview.statistic;
  return (
    <>
      <TableScroll label={`Figures of ${sprintName}: today and with these settings`}>
        <table className="preview-table">
          <caption className="visually-hidden">Figures of {sprintName}: today and with these settings</caption>
          <thead>
            <tr>
              <th scope="col">Figure</th>
              <th scope="col">
                Today <span className="muted small">({unitOf(current.statistic)})</span>
              </th>
              <th scope="col">
                Preview <span className="muted small">({unitOf(preview.statistic)})</span>
              </th>
              <th scope="col">Difference</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const before = r.value(current);
              const after = r.value(preview);
              const show = r.ratio ? percent : amount;
              return (
                <tr key={r.id} className={before !== after ? 'moved' : undefined}>
                  <th scope="row">{r.label}</th>
                  <td data-current={r.id}>{show(before)}</td>
                  <td data-preview={r.id}>{show(after)}</td>
                  <td data-difference={r.id}>{difference(before, after, r.ratio, unitsDiffer)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      {unitsDiffer && (
        <p className="muted small table-note">
          Today the sprint counts in {unitOf(current.statistic)}; with these settings it counts in {unitOf(preview.statistic)}, so amounts change unit too and
          have no difference to show; say/do differs in percentage points (pp).
        </p>
      )}
    </>
  );
}
