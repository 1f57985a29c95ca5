import { amount } from '../../format.ts';
import type { NumberedChange } from './reportData.ts';
import { DayChart, markedWords } from './chartParts.tsx';

type Point = { date: string; scopePoints?: number | null; completedPoints?: number | null; idealPoints: number; workingDay: boolean };

/**
 * The burnup: the sprint's scope (a step at each scope change, marked) against what is done, with
 * the guideline rising to the commitment. Lines differ in dash and weight as well as colour.
 */
export default function BurnupChart(chart: { points: Point[]; changes: NumberedChange[]; unit: string }) {
  const { points, changes, unit } = chart;
  if (points.length === 0) return <p className="empty">No burnup yet.</p>;
  const last = points.filter((p) => p.completedPoints != null).at(-1);
  const summary =
    `Burnup from ${points[0].date} to ${points.at(-1)!.date}` +
    (last ? `: ${amount(last.completedPoints)} of ${amount(last.scopePoints ?? 0)} ${unit} in scope done on ${last.date}` : '') +
    markedWords(changes.length, ' on the scope line');
  return (
    <DayChart<Point>
      {...chart}
      name="burnup"
      markOn={(p) => p.scopePoints}
      summary={summary}
      lines={[
        { field: 'scopePoints', name: `Scope (${unit})`, colour: '#1f5fbf', width: 2, dash: '12 3' },
        { field: 'completedPoints', name: `Completed (${unit})`, colour: '#2e7d32', width: 3 },
      ]}
      columns={[
        { label: 'Scope', cell: (p) => amount(p.scopePoints) },
        { label: 'Completed', cell: (p) => amount(p.completedPoints) },
        { label: 'Guideline', cell: (p) => amount(p.idealPoints) },
      ]}
    />
  );
}
