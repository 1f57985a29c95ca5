import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { burndownRows, burndownSummary, type BurndownPoint } from '../burndown.ts';

/** The burndown with JIRA's guideline (flat on non-working days), a summary in words and the numbers as a table. */
export default function BurndownChart({ points, unit }: { points: BurndownPoint[]; unit: string }) {
  if (points.length === 0) return <p className="empty">No burndown yet.</p>;
  const summary = burndownSummary(points, unit);
  return (
    <figure className="card chart">
      <div role="img" aria-label={summary} style={{ width: '100%', height: 280 }}>
        <ResponsiveContainer>
          <LineChart data={points} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="date" />
            <YAxis />
            <Tooltip />
            <Legend />
            <Line type="linear" dataKey="idealPoints" name="Guideline" stroke="#8a93a3" strokeDasharray="6 4" dot={false} isAnimationActive={false} />
            <Line type="stepAfter" dataKey="remainingPoints" name={`Remaining ${unit}`} stroke="#c62828" dot={false} connectNulls={false} isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <figcaption>{summary}</figcaption>
      <details>
        <summary>The burndown as a table</summary>
        <table className="issues">
          <thead><tr><th scope="col">Date</th><th scope="col">Remaining</th><th scope="col">Guideline</th><th scope="col">Working day</th></tr></thead>
          <tbody>
            {burndownRows(points).map((r) => (
              <tr key={r.date}><td>{r.date}</td><td>{r.remaining}</td><td>{r.guideline}</td><td>{r.workingDay}</td></tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
