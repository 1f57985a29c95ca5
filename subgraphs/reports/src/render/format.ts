/**
 * How every value shows in the human formats (Markdown, HTML, PDF and the email headline). One
 * module, so a report's text can be checked against the model's figures through the same functions.
 */

const NONE = '—';

const decimals = (n: number, digits: number) => String(Number(n.toFixed(digits)));

/** A figure in the report's unit (points, hours or issues): up to 2 decimals, no trailing zeros. */
export const points = (n: number | null) => (n === null ? NONE : decimals(n, 2));

/** A ratio as a whole percentage: 0.834 → "83 %". */
export const percent = (ratio: number | null) => (ratio === null ? NONE : `${Math.round(ratio * 100)} %`);

export const hours = (n: number | null) => (n === null ? NONE : `${decimals(n, 1)} h`);

export const count = (n: number) => String(n);

/** The calendar date of an ISO date or date-time, as written (YYYY-MM-DD). */
export const date = (iso: string | null) => (iso === null ? NONE : iso.slice(0, 10));

export const dateRange = (from: string | null, to: string | null) => `${date(from)} – ${date(to)}`;

export const dateTime = (iso: string) => `${new Date(iso).toISOString().slice(0, 16).replace('T', ' ')} UTC`;

export const yesNo = (value: boolean) => (value ? 'yes' : 'no');

export const text = (value: string | null) => value ?? NONE;

/** An enum value for people: NOT_COMPLETED → "Not completed". */
export const label = (value: string) => value.charAt(0) + value.slice(1).toLowerCase().replaceAll('_', ' ');

/** A queue item's reason: an enum value in words (PLANNED_IN_JIRA → "Planned in JIRA"), other text as it is. */
export const reason = (value: string) => (/^[A-Z_]+$/.test(value) ? label(value).replace(/\bjira\b/g, 'JIRA') : value);
