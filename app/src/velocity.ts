/**
 * The Velocity page's data, without React: the range in the URL and the chart's series from
 * `Board.velocity`. Pure, so it is tested in node (app/tests/velocity.test.ts).
 */
import { amount } from './format.ts';

/** JIRA's velocity chart shows 7 sprints; so does the API by default. */
export const DEFAULT_LAST = 7;

/** The ranges the selector offers; null is "all closed sprints". */
export const LAST_CHOICES: readonly (number | null)[] = [3, 5, 7, 10, 15, 25, null];

/** The selector's value as it stands in the URL (`?last=5`, `?last=all`). */
export const lastParam = (last: number | null) => (last === null ? 'all' : String(last));

/**
 * The range from the URL's `last`: a positive whole number, or "all" (null). Anything else, or
 * nothing, is JIRA's 7, so a mistyped link still opens a chart.
 */
export function parseLast(value: string | null): number | null {
  if (value === 'all') return null;
  if (value === null || !/^\d+$/.test(value)) return DEFAULT_LAST;
  const n = Number(value);
  return n >= 1 && Number.isSafeInteger(n) ? n : DEFAULT_LAST;
}

/** The selector's choices, with a shared link's own number (e.g. `?last=12`) kept among them. */
export function lastChoices(current: number | null): (number | null)[] {
  if (LAST_CHOICES.includes(current)) return [...LAST_CHOICES];
  const numbers = [...LAST_CHOICES.filter((c): c is number => c !== null), current as number].sort((a, b) => a - b);
  return [...numbers, null];
}

export const lastWords = (last: number | null) => (last === null ? 'all closed sprints' : `last ${last} closed sprints`);

/** The fields of `VelocityEntry` the page reads. */
export interface VelocityEntryData {
  sprint: { id: string; name: string };
  committedPoints: number;
  completedPoints: number;
  sayDoRatio?: number | null;
  scopeChangeRate?: number | null;
  rollingAverage3?: number | null;
  rollingAverage5?: number | null;
}

/** One sprint on the chart: its bars, its rolling averages (undefined: no line there). */
export interface VelocityRow {
  sprintId: string;
  sprint: string;
  committed: number;
  completed: number;
  sayDo: number | null;
  scopeChange: number | null;
  rolling3?: number;
  rolling5?: number;
}

/**
 * The chart's rows, oldest sprint first as the API gives them. A rolling average the API leaves
 * null (fewer than 3 or 5 closed sprints so far) is left out, so its line starts where it exists
 * instead of dropping to 0.
 */
export function velocitySeries(entries: readonly VelocityEntryData[]): VelocityRow[] {
  return entries.map((e) => ({
    sprintId: e.sprint.id,
    sprint: e.sprint.name,
    committed: e.committedPoints,
    completed: e.completedPoints,
    sayDo: e.sayDoRatio ?? null,
    scopeChange: e.scopeChangeRate ?? null,
    ...(e.rollingAverage3 == null ? {} : { rolling3: e.rollingAverage3 }),
    ...(e.rollingAverage5 == null ? {} : { rolling5: e.rollingAverage5 }),
  }));
}

/** The chart described in words, for screen readers and as its caption. */
export function velocitySummary(rows: readonly VelocityRow[], unit: string): string {
  if (rows.length === 0) return 'No closed sprints.';
  const latest = rows.at(-1)!;
  const span = rows.length === 1 ? `${rows[0].sprint}` : `${rows.length} sprints from ${rows[0].sprint} to ${latest.sprint}`;
  const average = latest.rolling3 === undefined ? '' : `; its 3-sprint average is ${amount(latest.rolling3)}`;
  return `Committed and completed ${unit} over ${span}: the latest sprint completed ${amount(latest.completed)} of ${amount(latest.committed)} committed${average}.`;
}
