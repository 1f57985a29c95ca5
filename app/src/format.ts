/**
 * How the app writes numbers, durations and dates: one way each, so that the same figure reads the
 * same on every page (and equals what the API gives). Pure, tested in node (app/tests/format.test.ts).
 */

/**
 * Points, hours or issues as the API gives them (rounded to 2 decimals there), trailing zeros
 * dropped: 3, 3.5, 23.33, 1.75. Rounded again here only to hide floating-point sums (0.1 + 0.2).
 */
export const amount = (n: number | null | undefined) => (n == null ? '—' : String(Math.round(n * 100) / 100));

/** A ratio as a whole percentage: 0.87 → "87 %". */
export const percent = (r: number | null | undefined) => (r == null ? '—' : `${Math.round(r * 100)} %`);

/** A duration in hours as the API gives it (to 0.01), with days for long ones: "7.25 h", "37.5 h (1.6 d)". */
export function hours(h: number | null | undefined): string {
  if (h == null) return '—';
  const inHours = `${amount(h)} h`;
  return h >= 24 ? `${inHours} (${Math.round((h / 24) * 10) / 10} d)` : inHours;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
/** A date for people, in the reader's locale: "8 Jan 2026". */
export const formatDate = (iso: string | null | undefined) => (iso ? dateFormat.format(new Date(iso)) : '—');

const dateTimeFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
/** An instant for people, in the reader's locale and time zone: "8 Jan 2026, 14:05". */
export const formatDateTime = (iso: string) => dateTimeFormat.format(new Date(iso));

const dayFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' });
/** A day of a chart (YYYY-MM-DD, the board's calendar) for people, on an axis: "8 Jan". */
export const formatDay = (date: string) => dayFormat.format(new Date(`${date}T00:00:00Z`));

/** A count with its noun, plural when it is not one: "1 board", "3 boards", "0 boards", "2 people". */
export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
