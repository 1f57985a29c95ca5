import { formatPoints } from './components.tsx';

/** One day of `SprintAnalysis.burndown`, as the API gives it. */
export type BurndownPoint = { date: string; remainingPoints?: number | null; idealPoints: number; workingDay: boolean };

/**
 * The burndown in one sentence, for the chart's label and caption: its span, what was committed
 * (the guideline's start) and what remained on the last day with a figure (days still to come have none).
 */
export function burndownSummary(points: readonly BurndownPoint[], unit: string): string {
  if (points.length === 0) return 'No burndown yet.';
  const last = points.filter((p) => p.remainingPoints != null).at(-1);
  return `Burndown from ${points[0].date} to ${points.at(-1)!.date}: ${formatPoints(points[0].idealPoints)} ${unit} committed` +
    (last ? `, ${formatPoints(last.remainingPoints!)} remaining on ${last.date}.` : '.');
}

/** The burndown as table rows, in words: a day to come shows "—", not 0. */
export function burndownRows(points: readonly BurndownPoint[]): { date: string; remaining: string; guideline: string; workingDay: 'yes' | 'no' }[] {
  return points.map((p) => ({
    date: p.date,
    remaining: p.remainingPoints == null ? '—' : formatPoints(p.remainingPoints),
    guideline: formatPoints(p.idealPoints),
    workingDay: p.workingDay ? 'yes' : 'no',
  }));
}
