/**
 * The capacity page's choices and the forms' values, pure (app/tests/capacity-model.test.ts): which
 * sprint is "the next", how typed text becomes what the API takes, holidays as rows of a form.
 */

export interface PlannableSprint {
  id: string;
  name: string;
  state: string;
}

/** The sprints whose capacity can still be planned: every one not closed, in the board's order (oldest first). */
export const plannableSprints = <S extends PlannableSprint>(sprints: readonly S[]): S[] => sprints.filter((s) => s.state !== 'CLOSED');

/**
 * The sprint the page opens on: the one asked for (when it can still be planned), else the next
 * sprint, the board's earliest future one, else the active one.
 */
export function chosenSprint<S extends PlannableSprint>(sprints: readonly S[], asked: string | null): S | undefined {
  const open = plannableSprints(sprints);
  return open.find((s) => s.id === asked) ?? open.find((s) => s.state === 'FUTURE') ?? open.find((s) => s.state === 'ACTIVE');
}

/** Text typed in a number field: empty is null (the default again); anything else as a number, for the API to judge. */
export function numberOrNull(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  // A comma for the decimal point, as many keyboards type it.
  return Number(trimmed.replace(',', '.'));
}

/** What a number field shows for a value: empty for none. */
export const shown = (n: number | null | undefined): string => (n == null ? '' : String(n));

export interface HolidayRow {
  /** Only to key the row while it is edited. */
  key: number;
  date: string;
  name: string;
}

let nextKey = 0;
export const holidayRows = (holidays: readonly { date: string; name: string }[]): HolidayRow[] =>
  holidays.map((h) => ({ key: nextKey++, date: h.date, name: h.name }));
export const newHolidayRow = (): HolidayRow => ({ key: nextKey++, date: '', name: '' });
/** The rows as the API takes them, in order (the API's errors name rows by index: holidays.2.date). */
export const holidayInput = (rows: readonly HolidayRow[]) => rows.map(({ date, name }) => ({ date, name }));

/** Where a discipline's points per person-day come from, in words. */
export function sourceWords(source: 'HISTORY' | 'DEFAULT', sprints: number): string {
  if (source === 'DEFAULT') return 'default';
  return `history (${sprints} sprint${sprints === 1 ? '' : 's'})`;
}

/** The discipline list as typed, one per line: blank lines left out, so the API's "names.3" is the fourth line shown. */
export const disciplineNames = (text: string): string[] =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
