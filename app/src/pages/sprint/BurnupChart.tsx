import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { amount, formatDay } from '../../format.ts';
import { changeMarkers, withChanges, type NumberedChange } from './reportData.ts';
import { changeMarker, DayTooltip } from './chartParts.tsx';

type Point = { date: string; scopePoints?: number | null; completedPoints?: number | null; idealPoints: number; workingDay: boolean };

/**
 * The burnup: the sprint's scope (a step at each scope change, marked) against what is done, with
 * the guideline rising to the commitment. Lines differ in dash and weight as well as colour.
 */
export default function BurnupChart({ points, changes, unit }: { points: Point[]; changes: NumberedChange[]; unit: string }) {
  if (points.length === 0) return <p className="empty">No burnup yet.</p>;
  const last = points.filter((p) => p.completedPoints != null).at(-1);
  const summary = `Burnup from ${points[0].date} to ${points.at(-1)!.date}` +
    (last ? `: ${amount(last.completedPoints!)} of ${amount(last.scopePoints ?? 0)} ${unit} in scope done on ${last.date}` : '') +
    (changes.length ? `; ${changes.length} scope ${changes.length === 1 ? 'change' : 'changes'} marked on the scope line, listed below the charts.` : '.');
  const data = withChanges(points, changes);
  const markers = changeMarkers(points, changes, (p) => p.scopePoints);
  return (
    <figure className="card chart" data-chart="burnup">
      <div role="img" aria-label={summary} style={{ width: '100%', height: 280 }}>
        <ResponsiveContainer>
          <LineChart data={data} margin={{ top: 18, right: 16, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="date" tickFormatter={formatDay} minTickGap={16} />
            <YAxis />
            <Tooltip content={(t) => <DayTooltip active={t.active} payload={t.payload} label={t.label} unit={unit} />} />
            <Legend itemSorter={null} />
            <Line legendType="plainline" type="linear" dataKey="idealPoints" name="Guideline" stroke="#6b7383" strokeDasharray="6 4" dot={false} isAnimationActive={false} />
            <Line legendType="plainline" type="stepAfter" dataKey="scopePoints" name={`Scope (${unit})`} stroke="#1f5fbf" strokeWidth={2} strokeDasharray="12 3" dot={false} connectNulls={false} isAnimationActive={false} />
            <Line legendType="plainline" type="stepAfter" dataKey="completedPoints" name={`Completed (${unit})`} stroke="#2e7d32" strokeWidth={3} dot={false} connectNulls={false} isAnimationActive={false} />
            {markers.map((m) => changeMarker(m, unit))}
          </LineChart>
        </ResponsiveContainer>
      </div>
      <figcaption>{summary}</figcaption>
      <details>
        <summary>The burnup as a table</summary>
        <table className="issues">
          <thead><tr><th scope="col">Date</th><th scope="col">Scope</th><th scope="col">Completed</th><th scope="col">Guideline</th><th scope="col">Scope changes</th></tr></thead>
          <tbody>
            {data.map((p) => (
              <tr key={p.date}>
                <td>{p.date}</td><td>{p.scopePoints == null ? '—' : amount(p.scopePoints)}</td>
                <td>{p.completedPoints == null ? '—' : amount(p.completedPoints)}</td><td>{amount(p.idealPoints)}</td>
                <td>{p.changes.map((c) => c.n).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
