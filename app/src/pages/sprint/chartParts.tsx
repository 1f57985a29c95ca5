import type { ReactNode } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ReferenceDot, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { amount, formatDateTime, formatDay } from '../../format.ts';
import { changeMarkers, changeWords, withChanges, type ChangeMarker, type NumberedChange } from './reportData.ts';

/**
 * A day's scope changes on a chart: a diamond with the changes' numbers in the list below the chart
 * (the number, not the colour, says which), and their words as the SVG's title on hover. A function,
 * not a component: recharts reads its children's props.
 */
export function changeMarker(m: ChangeMarker, unit: string) {
  const words = m.changes.map((c) => `${c.n}. ${changeWords(c, unit, amount)}, ${formatDateTime(c.at)}`).join('\n');
  return (
    <ReferenceDot
      key={m.date}
      x={m.date}
      y={m.y}
      ifOverflow="extendDomain"
      shape={({ cx = 0, cy = 0 }) => (
        <g className="change-marker" data-changes={m.label}>
          <title>{words}</title>
          <path d={`M${cx} ${cy - 7}L${cx + 7} ${cy}L${cx} ${cy + 7}L${cx - 7} ${cy}Z`} fill="#fff4d6" stroke="#7a5200" strokeWidth={1.5} />
          <text x={cx} y={cy - 11} textAnchor="middle" fontSize={11} fontWeight={700} fill="#5c3d00">
            {m.label}
          </text>
        </g>
      )}
    />
  );
}

/**
 * The tooltip of a day (on hover, or with the arrow keys once the chart has focus): its values and
 * the scope changes on it, in words.
 */
export interface DayTooltipProps {
  active?: boolean;
  payload?: readonly { dataKey?: unknown; name?: unknown; value?: unknown; payload?: unknown }[];
  label?: unknown;
  unit: string;
}
export function DayTooltip({ active, payload, label, unit }: DayTooltipProps): ReactNode {
  if (!active || !payload?.length) return null;
  const changes = (payload[0].payload as { changes?: NumberedChange[] }).changes ?? [];
  return (
    <div className="chart-tooltip">
      <p className="day">{formatDay(String(label))}</p>
      <ul>
        {payload.map((p) => (
          <li key={String(p.dataKey)}>
            {String(p.name)}: {p.value == null ? '—' : amount(Number(p.value))}
          </li>
        ))}
      </ul>
      {changes.length > 0 && (
        <ul className="changes">
          {changes.map((c) => (
            <li key={c.n}>
              {c.n}. {changeWords(c, unit, amount)}, {formatDateTime(c.at)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The end of a chart's summary: how many scope changes it marks (`where`: on which line). */
export const markedWords = (count: number, where = '') =>
  count ? `; ${count} scope ${count === 1 ? 'change' : 'changes'} marked${where}, listed below the charts.` : '.';

/** One of a day chart's own lines: the field it draws, its name in the legend, how it is drawn. */
export interface DayLine<P> {
  field: keyof P & string;
  name: string;
  colour: string;
  width: number;
  dash?: string;
}

/**
 * A chart of the sprint's days (burndown, burnup): JIRA's guideline and its own lines, the scope
 * changes marked on the line `markOn` reads, a summary in words (the chart's name for screen readers,
 * and its caption) and the numbers as a table. `lines`: its own lines, steps from day to day (dash and width as well
 * as colour tell them apart); `columns`: the table's columns between the date and the changes.
 */
export function DayChart<P extends { date: string; idealPoints: number }>({
  name,
  points,
  changes,
  markOn,
  summary,
  unit,
  lines,
  columns,
}: {
  name: string;
  points: readonly P[];
  changes: readonly NumberedChange[];
  markOn: (p: P) => number | null | undefined;
  summary: string;
  unit: string;
  lines: readonly DayLine<P>[];
  columns: readonly { label: string; cell: (p: P) => ReactNode }[];
}) {
  const data = withChanges(points, changes);
  const markers = changeMarkers(points, changes, markOn);
  return (
    <figure className="card chart" data-chart={name}>
      <div role="img" aria-label={summary} style={{ width: '100%', height: 280 }}>
        <ResponsiveContainer>
          <LineChart data={data} margin={{ top: 18, right: 16, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="date" tickFormatter={formatDay} minTickGap={16} />
            <YAxis />
            <Tooltip content={(t) => <DayTooltip active={t.active} payload={t.payload} label={t.label} unit={unit} />} />
            <Legend itemSorter={null} />
            <Line
              legendType="plainline"
              type="linear"
              dataKey="idealPoints"
              name="Guideline"
              stroke="#6b7383"
              strokeDasharray="6 4"
              dot={false}
              isAnimationActive={false}
            />
            {lines.map((l) => (
              <Line
                key={l.field}
                legendType="plainline"
                type="stepAfter"
                dataKey={l.field}
                name={l.name}
                stroke={l.colour}
                strokeWidth={l.width}
                strokeDasharray={l.dash}
                dot={false}
                connectNulls={false}
                isAnimationActive={false}
              />
            ))}
            {markers.map((m) => changeMarker(m, unit))}
          </LineChart>
        </ResponsiveContainer>
      </div>
      <figcaption>{summary}</figcaption>
      <details>
        <summary>The {name} as a table</summary>
        <table className="issues">
          <thead>
            <tr>
              <th scope="col">Date</th>
              {columns.map((c) => (
                <th key={c.label} scope="col">
                  {c.label}
                </th>
              ))}
              <th scope="col">Scope changes</th>
            </tr>
          </thead>
          <tbody>
            {data.map((p) => (
              <tr key={p.date}>
                <td>{p.date}</td>
                {columns.map((c) => (
                  <td key={c.label}>{c.cell(p)}</td>
                ))}
                <td>{p.changes.map((c) => c.n).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
