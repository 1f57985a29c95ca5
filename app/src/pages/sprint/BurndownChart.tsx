import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { amount, formatDay } from '../../format.ts';
import { changeMarkers, withChanges, type NumberedChange } from './reportData.ts';
import { changeMarker, DayTooltip } from './chartParts.tsx';

type Point = { date: string; remainingPoints?: number | null; idealPoints: number; workingDay: boolean };

/**
 * The burndown with JIRA's guideline (flat on non-working days), the scope changes marked on the
 * remaining line, a summary in words and the numbers as a table.
 */
export default function BurndownChart({ points, changes, unit }: { points: Point[]; changes: NumberedChange[]; unit: string }) {
  if (points.length === 0) return <p className="empty">No burndown yet.</p>;
  const last = points.filter((p) => p.remainingPoints != null).at(-1);
  const summary = `Burndown from ${points[0].date} to ${points.at(-1)!.date}: ${amount(points[0].idealPoints)} ${unit} committed` +
    (last ? `, ${amount(last.remainingPoints!)} remaining on ${last.date}` : '') +
    (changes.length ? `; ${changes.length} scope ${changes.length === 1 ? 'change' : 'changes'} marked, listed below the charts.` : '.');
  const markers = changeMarkers(points, changes, (p) => p.remainingPoints);
  return (
    <figure className="card chart" data-chart="burndown">
      <div role="img" aria-label={summary} style={{ width: '100%', height: 280 }}>
        <ResponsiveContainer>
          <LineChart data={withChanges(points, changes)} margin={{ top: 18, right: 16, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="date" tickFormatter={formatDay} minTickGap={16} />
            <YAxis />
            <Tooltip content={(t) => <DayTooltip active={t.active} payload={t.payload} label={t.label} unit={unit} />} />
            <Legend itemSorter={null} />
            <Line legendType="plainline" type="linear" dataKey="idealPoints" name="Guideline" stroke="#6b7383" strokeDasharray="6 4" dot={false} isAnimationActive={false} />
            <Line legendType="plainline" type="stepAfter" dataKey="remainingPoints" name={`Remaining ${unit}`} stroke="#c62828" strokeWidth={2} dot={false} connectNulls={false} isAnimationActive={false} />
            {markers.map((m) => changeMarker(m, unit))}
          </LineChart>
        </ResponsiveContainer>
      </div>
      <figcaption>{summary}</figcaption>
      <details>
        <summary>The burndown as a table</summary>
        <table className="issues">
          <thead><tr><th scope="col">Date</th><th scope="col">Remaining</th><th scope="col">Guideline</th><th scope="col">Working day</th><th scope="col">Scope changes</th></tr></thead>
          <tbody>
            {withChanges(points, changes).map((p) => (
              <tr key={p.date}>
                <td>{p.date}</td><td>{p.remainingPoints == null ? '—' : amount(p.remainingPoints)}</td><td>{amount(p.idealPoints)}</td>
                <td>{p.workingDay ? 'yes' : 'no'}</td><td>{p.changes.map((c) => c.n).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
