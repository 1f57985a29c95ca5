/**
 * The demo team's working time: weekdays, 09:00 to 17:00 UTC (the demo boards' time zone). People
 * move issues only then, so a burndown falls on working days and stays flat over weekends.
 */

export const DAY = 86_400_000;
export const HOUR = 3_600_000;
export const WORK_START_HOUR = 9;
export const WORK_HOURS_PER_DAY = 8;

const dayOf = (t: number) => Math.floor(t / DAY) * DAY;
export const isWeekend = (t: number) => [0, 6].includes(new Date(t).getUTCDay());

/** Working hours between `from` and `to` (0 when `to` is not after `from`). */
export function workingHoursBetween(from: number, to: number): number {
  let hours = 0;
  for (let day = dayOf(from); day < to; day += DAY) {
    if (isWeekend(day)) continue;
    const open = Math.max(from, day + WORK_START_HOUR * HOUR);
    const close = Math.min(to, day + (WORK_START_HOUR + WORK_HOURS_PER_DAY) * HOUR);
    if (close > open) hours += (close - open) / HOUR;
  }
  return hours;
}

/** The moment `hours` working hours after `from` (from the next opening when `from` is outside working time). */
export function addWorkingHours(from: number, hours: number): number {
  let left = Math.max(0, hours);
  for (let day = dayOf(from); ; day += DAY) {
    if (isWeekend(day)) continue;
    const open = Math.max(from, day + WORK_START_HOUR * HOUR);
    const close = day + (WORK_START_HOUR + WORK_HOURS_PER_DAY) * HOUR;
    if (close <= open) continue;
    const available = (close - open) / HOUR;
    if (left <= available) return open + left * HOUR;
    left -= available;
  }
}

/**
 * The same moment moved into working time: a weekend to the Friday before, and the day's 24 hours
 * squeezed into its 8 working hours (so random moments stay spread, only inside office hours).
 */
export function intoWorkingTime(t: number): number {
  let day = dayOf(t);
  const weekday = new Date(day).getUTCDay();
  if (weekday === 6) day -= DAY;
  if (weekday === 0) day -= 2 * DAY;
  const hourOfDay = (t - dayOf(t)) / HOUR;
  return day + (WORK_START_HOUR + (hourOfDay / 24) * WORK_HOURS_PER_DAY) * HOUR;
}
