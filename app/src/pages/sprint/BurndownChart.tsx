import { amount } from '../../format.ts';
import type { NumberedChange } from './reportData.ts';
import { DayChart, markedWords } from './chartParts.tsx';

type Point = { date: string; remainingPoints?: number | null; idealPoints: number; workingDay: boolean };

/**
 * The burndown with JIRA's guideline (flat on non-working days), the scope changes marked on the
 * remaining line, a summary in words and the numbers as a table.
 */
export default function BurndownChart(chart: { points: Point[]; changes: NumberedChange[]; unit: string }) {
  const { points, changes, unit } = chart;
  if (points.length === 0) return <p className="empty">No burndown yet.</p>;
  const last = points.filter((p) => p.remainingPoints != null).at(-1);
  const summary =
    `Burndown from ${points[0].date} to ${points.at(-1)!.date}: ${amount(points[0].idealPoints)} ${unit} committed` +
    (last ? `, ${amount(last.remainingPoints)} remaining on ${last.date}` : '') +
    markedWords(changes.length);
  return (
    <DayChart<Point>
      {...chart}
      name="burndown"
      markOn={(p) => p.remainingPoints}
      summary={summary}
      lines={[{ field: 'remainingPoints', name: `Remaining ${unit}`, colour: '#c62828', width: 2 }]}
      columns={[
        { label: 'Remaining', cell: (p) => amount(p.remainingPoints) },
        { label: 'Guideline', cell: (p) => amount(p.idealPoints) },
        { label: 'Working day', cell: (p) => (p.workingDay ? 'yes' : 'no') },
      ]}
    />
  );
}
