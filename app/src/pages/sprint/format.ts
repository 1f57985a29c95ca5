import { formatPoints } from '../../components.tsx';

/** Formats the report's tabs share, so the same number reads the same everywhere. */
export const percent = (r: number | null | undefined) => (r == null ? '—' : `${Math.round(r * 100)} %`);
export const est = (n: number | null | undefined) => (n == null ? '—' : formatPoints(n));
/** An issue's flow time in a table: hours under a day, else days. */
export const hours = (h: number | null | undefined) =>
  h == null ? '—' : h >= 24 ? `${formatPoints(Math.round((h / 24) * 10) / 10)} d` : `${formatPoints(Math.round(h * 10) / 10)} h`;

const timeFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
export const formatTime = (iso: string) => timeFormat.format(new Date(iso));

/** A day of a chart (YYYY-MM-DD, the board's calendar) for people: "8 Jan". */
const dayFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' });
export const formatDay = (date: string) => dayFormat.format(new Date(`${date}T00:00:00Z`));
