/**
 * Pure mappings from the API's sprint analysis to what the report's tabs and charts draw: no React,
 * no recharts, so that app/tests can check them in plain Node.
 */

export type ScopeChangeKind = 'ADDED' | 'REMOVED' | 'ESTIMATE_CHANGED';
export interface ScopeChange {
  at: string;
  key: string;
  kind: ScopeChangeKind;
  /** The change to the scope: negative for a removal or a lowered estimate. */
  points: number;
}
/** A scope change with its number in the report's list (1, 2, ...) and the board's calendar day it fell on. */
export interface NumberedChange extends ScopeChange {
  n: number;
  date: string;
}
/** One marker on a chart: the changes of one day, drawn at that day's value of the line they move. */
export interface ChangeMarker {
  date: string;
  y: number;
  changes: NumberedChange[];
  /** "3" or "3–5": the list numbers of its changes. */
  label: string;
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();
/** The calendar date (YYYY-MM-DD) of an instant in a time zone: burndown days are the board's days. */
export function dayOf(at: string, timeZone: string): string {
  let f = dayFormats.get(timeZone);
  if (!f) dayFormats.set(timeZone, (f = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })));
  const parts = Object.fromEntries(f.formatToParts(new Date(at)).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/**
 * Numbers the changes in the API's order (oldest first) and puts each on a day of the chart: its
 * day in the board's time zone, or the chart's first or last day when it falls outside them (a
 * change in the hour before the start, a removal at the close).
 */
export function numberChanges(changes: readonly ScopeChange[], dates: readonly string[], timeZone: string): NumberedChange[] {
  return changes.map((c, i) => {
    const day = dayOf(c.at, timeZone);
    const date = dates.length === 0 ? day : day < dates[0] ? dates[0] : day > dates.at(-1)! ? dates.at(-1)! : day;
    return { ...c, n: i + 1, date };
  });
}

/**
 * One marker per day with changes, on the line the changes move (`y` of that day's point). A day
 * whose line has no value (a day still to come) gets no marker; its changes stay in the list.
 */
export function changeMarkers<P extends { date: string }>(
  points: readonly P[],
  changes: readonly NumberedChange[],
  y: (p: P) => number | null | undefined,
): ChangeMarker[] {
  const byDate = new Map<string, NumberedChange[]>();
  for (const c of changes) byDate.set(c.date, [...(byDate.get(c.date) ?? []), c]);
  return points.flatMap((p) => {
    const day = byDate.get(p.date);
    const value = y(p);
    if (!day || value == null) return [];
    const first = day[0].n;
    const last = day.at(-1)!.n;
    return [{ date: p.date, y: value, changes: day, label: first === last ? String(first) : `${first}–${last}` }];
  });
}

/** Each chart point with the scope changes of its day, for the tooltip. */
export const withChanges = <P extends { date: string }>(points: readonly P[], changes: readonly NumberedChange[]): (P & { changes: NumberedChange[] })[] =>
  points.map((p) => ({ ...p, changes: changes.filter((c) => c.date === p.date) }));

const signed = (n: number, format: (n: number) => string) => (n > 0 ? `+${format(n)}` : n < 0 ? `−${format(-n)}` : format(0));
const kindWords: Record<ScopeChangeKind, string> = {
  ADDED: 'added to the sprint',
  REMOVED: 'taken out of the sprint',
  ESTIMATE_CHANGED: 're-estimated',
};

/** "ATL-12 added to the sprint: +3 points", "+1 point" (the time is said apart, in the reader's locale). */
export function changeWords(c: ScopeChange, unit: string, format: (n: number) => string): string {
  const units = Math.abs(c.points) === 1 ? unit.replace(/s$/, '') : unit;
  return `${c.key} ${kindWords[c.kind]}: ${signed(c.points, format)} ${units}`;
}

/** Figures of one discipline, as DisciplineFigures gives them. */
export interface DisciplineRow {
  discipline: string;
  committedPoints: number;
  completedPoints: number;
  addedPoints: number;
  removedPoints: number;
  notCompletedPoints: number;
  completedOutsidePoints: number;
  cancelledPoints: number;
  sayDoRatio?: number | null;
  issueCount: number;
}

/** Where a carried issue came from and went: words rather than two yes/no columns. */
export function carriedWords(c: { carriedIn: boolean; carriedOut: boolean }): string {
  if (c.carriedIn && c.carriedOut) return 'came from an earlier sprint and went on to a later one';
  if (c.carriedIn) return 'came from an earlier sprint';
  if (c.carriedOut) return 'went on to a later sprint';
  return 'neither';
}
