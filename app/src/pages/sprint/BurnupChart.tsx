import { Line } from 'recharts';
import { amount } from '../../format.ts';
import type { NumberedChange } from './reportData.ts';
import { DayChart, markedWords } from './chartParts.tsx';

type Point = { date: string; scopePoints?: number | null; completedPoints?: number | null; idealPoints: number; workingDay: boolean };

/**
 * The burnup: the sprint's scope (a step at each scope change, marked) against what is done, with
 * the guideline rising to the commitment. Lines differ in dash and weight as well as colour.
 */
export default function BurnupChart({ points, changes, unit }: { points: Point[]; changes: NumberedChange[]; unit: string }) {
  if (points.length === 0) return <p className="empty">No burnup yet.</p>;
  const last = points.filter((p) => p.completedPoints != null).at(-1);
  const summary = `Burnup from ${points[0].date} to ${points.at(-1)!.date}` +
    (last ? `: ${amount(last.completedPoints)} of ${amount(last.scopePoints ?? 0)} ${unit} in scope done on ${last.date}` : '') +
    markedWords(changes.length, ' on the scope line');
  return (
    <DayChart<Point>
      name="burnup"
      points={points}
      changes={changes}
      markOn={(p) => p.scopePoints}
      summary={summary}
      unit={unit}
      lines={[
        <Line key="scope" legendType="plainline" type="stepAfter" dataKey="scopePoints" name={`Scope (${unit})`} stroke="#1f5fbf" strokeWidth={2} strokeDasharray="12 3" dot={false} connectNulls={false} isAnimationActive={false} />,
        <Line key="completed" legendType="plainline" type="stepAfter" dataKey="completedPoints" name={`Completed (${unit})`} stroke="#2e7d32" strokeWidth={3} dot={false} connectNulls={false} isAnimationActive={false} />,
      ]}
      columns={[
        { label: 'Scope', cell: (p) => amount(p.scopePoints) },
        { label: 'Completed', cell: (p) => amount(p.completedPoints) },
        { label: 'Guideline', cell: (p) => amount(p.idealPoints) },
      ]}
    />
  );
}
