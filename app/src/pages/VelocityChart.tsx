import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { velocitySummary, type VelocityRow } from '../velocity.ts';
import { amount } from '../format.ts';

// Committed is hatched and completed solid, the averages solid and dashed with different marks:
// the series differ by more than colour (and the table below carries every number).
const COMMITTED = '#5b6475';
const COMPLETED = '#1f5fbf';
const ROLLING3 = '#b45309';
const ROLLING5 = '#6d28d9';
// Tooltip and legend list the series as drawn (recharts sorts them by name otherwise).
const ORDER = ['committed', 'completed', 'rolling3', 'rolling5'];
const drawnOrder = (item: { dataKey?: unknown }) => ORDER.indexOf(String(item.dataKey));

/**
 * Committed vs completed bars per closed sprint with the 3- and 5-sprint rolling averages. The
 * chart takes focus (recharts' accessibility layer): arrow keys move the tooltip between sprints.
 */
export default function VelocityChart({ rows, unit }: { rows: VelocityRow[]; unit: string }) {
  const summary = velocitySummary(rows, unit);
  return (
    <figure className="card chart">
      <div className="velocity-plot">
        <ResponsiveContainer>
          <ComposedChart data={rows} margin={{ top: 8, right: 8, bottom: 8, left: 8 }} title={`Velocity in ${unit}`} desc={summary}>
            <defs>
              <pattern id="velocity-committed-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                <rect width="6" height="6" fill="#e4e7ec" />
                <line x1="0" y1="0" x2="0" y2="6" stroke={COMMITTED} strokeWidth="3" />
              </pattern>
            </defs>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="sprint" tick={{ fontSize: 12 }} />
            <YAxis width={56} tick={{ fontSize: 12 }} allowDecimals={false} label={{ value: unit, angle: -90, position: 'insideLeft', offset: 4 }} />
            <Tooltip formatter={(value, name) => [`${amount(Number(value))} ${unit}`, name]} itemSorter={drawnOrder} />
            <Legend itemSorter={null} wrapperStyle={{ fontSize: 14 }} formatter={(name) => `${name} (${unit})`} />
            <Bar dataKey="committed" name="Committed" fill="url(#velocity-committed-hatch)" stroke={COMMITTED} legendType="square" isAnimationActive={false} />
            <Bar dataKey="completed" name="Completed" fill={COMPLETED} legendType="square" isAnimationActive={false} />
            <Line
              dataKey="rolling3"
              name="3-sprint average"
              stroke={ROLLING3}
              strokeWidth={2}
              dot={{ r: 3, fill: ROLLING3 }}
              legendType="plainline"
              isAnimationActive={false}
            />
            <Line
              dataKey="rolling5"
              name="5-sprint average"
              stroke={ROLLING5}
              strokeWidth={2}
              strokeDasharray="6 4"
              dot={false}
              legendType="plainline"
              isAnimationActive={false}
            />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <figcaption>{summary} Focus the chart and use the arrow keys to read each sprint.</figcaption>
    </figure>
  );
}
