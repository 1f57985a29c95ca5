/**
 * Calendar days in a team's time zone, through Intl (the platform's time-zone database): a
 * burndown's "end of Tuesday" in Sydney is not the end of Tuesday in UTC.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function isTimeZone(name: string): boolean {
  try {
    formatter(name);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock time in the zone at instant `t`, read as if it were UTC. */
function wallClock(t: number, timeZone: string): number {
  const parts = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(new Date(t))
      .map((p) => [p.type, p.value]),
  );
  return Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second, new Date(t).getUTCMilliseconds());
}

/** The zone's calendar date (YYYY-MM-DD) at instant `t`. */
export const localDate = (t: number, timeZone: string) => new Date(wallClock(t, timeZone)).toISOString().slice(0, 10);

/** The instant the zone's calendar day `date` begins (twice round, for the offset at that moment). */
export function startOfDay(date: string, timeZone: string): number {
  const wall = Date.parse(`${date}T00:00:00Z`);
  const guess = wall - (wallClock(wall, timeZone) - wall);
  return wall - (wallClock(guess, timeZone) - guess);
}

export const nextDate = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * A working day: not a Saturday or Sunday (capacity's rule for working days) and not one of the
 * team's holidays. `date` is a calendar date (YYYY-MM-DD) of the board's time zone.
 */
export function isWorkingDay(date: string, holidays: ReadonlySet<string>): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(date);
}
