import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { amount } from '../../format.ts';
import type { DisciplineRow } from './reportData.ts';

// Colour and fill pattern both tell the bars apart (patterns defined in the chart's own <defs>).
const series = [
  { key: 'committedPoints', name: 'Committed', fill: '#1f5fbf' },
  { key: 'completedPoints', name: 'Completed', fill: '#2e7d32' },
  { key: 'addedPoints', name: 'Added', fill: 'url(#hatch-added)' },
  { key: 'removedPoints', name: 'Removed', fill: 'url(#hatch-removed)' },
  { key: 'notCompletedPoints', name: 'Not completed', fill: 'url(#dots-not-completed)' },
] as const;

/** Bars per discipline: committed against completed, and what the scope changes did. */
export default function DisciplineChart({ rows, unit }: { rows: readonly DisciplineRow[]; unit: string }) {
  const summary =
    `${rows.length} disciplines: ` +
    rows.map((r) => `${r.discipline} ${amount(r.completedPoints)} of ${amount(r.committedPoints)} ${unit} committed done`).join('; ') +
    '.';
  return (
    <figure className="card chart" data-chart="disciplines">
      <div role="img" aria-label={summary} style={{ width: '100%', height: 80 + rows.length * 90 }}>
        <ResponsiveContainer>
          <BarChart data={rows as DisciplineRow[]} layout="vertical" margin={{ top: 8, right: 16, bottom: 8, left: 8 }} barGap={1}>
            <defs>
              <pattern id="hatch-added" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                <rect width="6" height="6" fill="#e8f0fc" />
                <line x1="0" y1="0" x2="0" y2="6" stroke="#6a3fb5" strokeWidth="3" />
              </pattern>
              <pattern id="hatch-removed" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">
                <rect width="6" height="6" fill="#fdecec" />
                <line x1="0" y1="0" x2="0" y2="6" stroke="#b3261e" strokeWidth="3" />
              </pattern>
              <pattern id="dots-not-completed" width="5" height="5" patternUnits="userSpaceOnUse">
                <rect width="5" height="5" fill="#fff4d6" />
                <circle cx="2.5" cy="2.5" r="1.6" fill="#7a5200" />
              </pattern>
            </defs>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" />
            <YAxis type="category" dataKey="discipline" width={96} />
            <Tooltip formatter={(v) => amount(Number(v))} />
            <Legend itemSorter={null} />
            {series.map((s) => (
              <Bar key={s.key} dataKey={s.key} name={s.name} fill={s.fill} stroke="#1d2330" strokeWidth={0.5} isAnimationActive={false} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption>{summary}</figcaption>
    </figure>
  );
}
