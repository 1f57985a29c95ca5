import { CronExpressionParser } from 'cron-parser';
import { badInput } from '@sprint-reports/core';

/** When schedules fire: a five-field cron expression read in an IANA time zone. */

/** The time zone's canonical name, or BAD_USER_INPUT when it is not one. */
export function timeZoneOf(value: string, field: string): string {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: value.trim() }).resolvedOptions().timeZone;
  } catch {
    throw badInput(`"${value}" is not an IANA time zone (e.g. Europe/Berlin, America/New_York, UTC)`, field);
  }
}

/** The next time `cron` fires in `timeZone` strictly after `after`; BAD_USER_INPUT (on `field`) when it is not a cron expression that ever fires. */
export function nextRun(cron: string, timeZone: string, after: Date, field = 'input.cron'): Date {
  const fields = cron.trim().split(/\s+/);
  if (fields.length !== 5) throw badInput(`"${cron}" is not a cron expression of 5 fields (minute hour day-of-month month day-of-week)`, field);
  try {
    return CronExpressionParser.parse(fields.join(' '), { tz: timeZone, currentDate: after }).next().toDate();
  } catch (err) {
    throw badInput(`"${cron}" is not a valid cron expression: ${(err as Error).message}`, field);
  }
}

/** The shortest time between a schedule's emails: more often would be a flood, not a report. */
export const MIN_INTERVAL_MS = 60 * 60_000;

/** BAD_USER_INPUT when `cron` fires more often than hourly (its next few times, in `timeZone`). */
export function assertNotTooOften(cron: string, timeZone: string, after: Date, field = 'input.cron') {
  let previous = nextRun(cron, timeZone, after, field);
  for (let i = 0; i < 24; i++) {
    const next = nextRun(cron, timeZone, previous, field);
    if (next.getTime() - previous.getTime() < MIN_INTERVAL_MS)
      throw badInput(`"${cron}" fires more often than hourly: report schedules send at most one email an hour`, field);
    previous = next;
  }
}

/** How often a cron expression fires, in a word, for people ("weekly"); null when no word fits. */
export function cadenceOf(cron: string): string | null {
  const [minute, hour, dayOfMonth, month, dayOfWeek] = cron.trim().split(/\s+/);
  const fixed = (f: string | undefined) => !!f && /^\d+$/.test(f);
  const any = (...fs: (string | undefined)[]) => fs.every((f) => f === '*');
  if (!fixed(minute)) return null;
  if (hour === '*' && any(dayOfMonth, month, dayOfWeek)) return 'hourly';
  if (!fixed(hour)) return null;
  if (dayOfMonth === '*' && month === '*' && dayOfWeek === '*') return 'daily';
  if (dayOfMonth === '*' && month === '*' && /^(\d+|[a-z]{3})$/i.test(dayOfWeek ?? '')) return 'weekly';
  if (dayOfMonth === '*' && month === '*' && /^(1-5|mon-fri)$/i.test(dayOfWeek ?? '')) return 'weekday';
  if (fixed(dayOfMonth) && month === '*' && dayOfWeek === '*') return 'monthly';
  return null;
}

/** The calendar date (YYYY-MM-DD) at `at` in `timeZone`. */
export function todayIn(timeZone: string, at: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}
