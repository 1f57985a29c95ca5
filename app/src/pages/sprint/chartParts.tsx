import type { ReactNode } from 'react';
import { ReferenceDot } from 'recharts';
import { amount, formatDateTime, formatDay } from '../../format.ts';
import { changeWords, type ChangeMarker, type NumberedChange } from './reportData.ts';

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
          <text x={cx} y={cy - 11} textAnchor="middle" fontSize={11} fontWeight={700} fill="#5c3d00">{m.label}</text>
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
          <li key={String(p.dataKey)}>{String(p.name)}: {p.value == null ? '—' : amount(Number(p.value))}</li>
        ))}
      </ul>
      {changes.length > 0 && (
        <ul className="changes">
          {changes.map((c) => (
            <li key={c.n}>{c.n}. {changeWords(c, unit, amount)}, {formatDateTime(c.at)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
