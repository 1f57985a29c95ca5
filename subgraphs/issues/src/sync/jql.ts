/**
 * JQL for a board's issues. Ordered by creation: ordering by `updated` would make pages shift while
 * issues change during the sync. JQL dates have minute precision and are read in the JIRA user's
 * time zone, so the bound is written in that zone and floored to the minute.
 */
export function boardIssuesJql(filterId: string | number, since?: Date | null, timeZone = 'UTC'): string {
  const clauses = [`filter = ${filterId}`];
  if (since) clauses.push(`updated >= "${formatJqlDate(since, timeZone)}"`);
  return `${clauses.join(' AND ')} ORDER BY created ASC`;
}

export function formatJqlDate(at: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}/${parts.month}/${parts.day} ${parts.hour}:${parts.minute}`;
}

/** Incremental syncs re-read a few minutes before the last cursor: JQL's minute precision and clock skew. */
export const INCREMENTAL_OVERLAP_MS = 5 * 60_000;
